import { ENCODING_NAMES, SUPPORTED_ENCODINGS, type SupportedEncoding } from '../../../shared/import/decodeBytes';
import { useT } from '../../i18n/useT';
import { documentsMessages } from './messages';

interface Props {
  value: SupportedEncoding;
  /** False when detection was a close guess: the select then says so. */
  confident: boolean;
  disabled?: boolean;
  label: string;
  onChange: (encoding: SupportedEncoding) => void;
}

/** The encoding a text file was decoded with; choosing another decodes the stored bytes again. */
export function EncodingSelect({ value, confident, disabled, label, onChange }: Props) {
  const t = useT(documentsMessages);
  return (
    <select
      className="select select--small"
      data-testid="doc-encoding-select"
      aria-label={label}
      title={confident ? t('encodingTitle') : t('encodingGuessTitle')}
      value={value}
      disabled={disabled}
      onChange={(e) => onChange(e.target.value as SupportedEncoding)}
    >
      {SUPPORTED_ENCODINGS.map((encoding) => (
        <option key={encoding} value={encoding}>
          {ENCODING_NAMES[encoding]}
          {encoding === value && !confident ? ` ${t('guessed')}` : ''}
        </option>
      ))}
    </select>
  );
}
