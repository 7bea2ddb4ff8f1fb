import { describe, expect, it } from 'vitest';
import { escapeXmlAttr, escapeXmlText, stripForbiddenXmlChars } from '../../../shared/tmx/xml';

describe('stripForbiddenXmlChars', () => {
  it('keeps clean text as is', () => {
    const text = 'Ўзбекистон — Sputnik, "quotes" & <tags>\t\n\r 😀 \u007F\u0085\uFFFD';
    expect(stripForbiddenXmlChars(text)).toEqual({ text, dropped: 0 });
  });

  it('drops C0 controls other than tab/LF/CR, U+FFFE, U+FFFF and lone surrogates', () => {
    expect(stripForbiddenXmlChars('a\u0000\u001F\u000Bb')).toEqual({ text: 'ab', dropped: 3 });
    expect(stripForbiddenXmlChars('\uFFFEx\uFFFF')).toEqual({ text: 'x', dropped: 2 });
    expect(stripForbiddenXmlChars('\uD800a\uDC00\uD83D')).toEqual({ text: 'a', dropped: 3 });
    expect(stripForbiddenXmlChars('\uDC00\uD83D\uDE00')).toEqual({ text: '😀', dropped: 1 });
  });
});

describe('escaping', () => {
  it('escapes markup characters in text, and CR so it survives parsing', () => {
    expect(escapeXmlText('a & b < c > d "e" \'f\'\tg\r\n')).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; \'f\'\tg&#13;\n');
  });

  it('escapes white space in attributes so normalization keeps it', () => {
    expect(escapeXmlAttr('a&"b"\t\n\r<>')).toBe('a&amp;&quot;b&quot;&#9;&#10;&#13;&lt;&gt;');
  });
});
