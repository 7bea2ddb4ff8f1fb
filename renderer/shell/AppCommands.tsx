import { useEffect, useRef, useState } from 'react';
import { useRecentProjects } from '../db/hooks';
import { useBackupCommands } from '../features/backup/useBackupCommands';
import { useOpenedFiles } from '../features/documents/opened/useOpenedFiles';
import { writeTracker } from '../db/writeTracker';
import { connectMenuBridge, type MenuBridge } from '../platform/menuBridge';
import { AboutDialog } from './AboutDialog';
import { commandBus, useCommand } from './commands';
import { requestFocus } from './focusRequest';
import { useRouter } from './RouterProvider';
import { ShortcutSheet } from './ShortcutSheet';
import { useHistoryCommands } from './useHistoryCommands';
import { isMacPlatform, useKeyboardShortcuts } from './useKeyboardShortcuts';

/**
 * The app-wide commands (new project, open a recent project, shortcut sheet, about), the keyboard
 * shortcuts, and on the desktop the link to the native menu. Renders the two dialogs it opens.
 */
export function AppCommands() {
  const { navigate } = useRouter();
  const [sheetOpen, setSheetOpen] = useState(false);
  const [aboutOpen, setAboutOpen] = useState(false);
  const desktop = typeof window !== 'undefined' ? window.qiyosDesktop : undefined;
  const isDesktop = desktop !== undefined;
  const menu = useRef<MenuBridge | null>(null);
  const projects = useRecentProjects();
  const [runtime, setRuntime] = useState<string[]>([]);

  useCommand('new-project', () => {
    navigate({ view: 'home' });
    requestFocus('new-project-name');
  });
  useCommand('open-project', (projectId) => navigate({ view: 'project', projectId }));
  useCommand('shortcut-sheet', () => {
    setAboutOpen(false);
    setSheetOpen(true);
  });
  useCommand('about', () => {
    setSheetOpen(false);
    setAboutOpen(true);
  });
  useKeyboardShortcuts(isDesktop);
  useBackupCommands();
  useHistoryCommands();
  useOpenedFiles();

  useEffect(() => {
    if (!desktop) return undefined;
    const bridge = connectMenuBridge(desktop, commandBus, { whenWritesIdle: () => writeTracker.whenIdle() });
    menu.current = bridge;
    return () => {
      bridge.dispose();
      menu.current = null;
    };
  }, [desktop]);

  useEffect(() => {
    if (!desktop || !aboutOpen || runtime.length > 0) return;
    desktop.invoke('qiyos:app-info').then((info) => setRuntime(info.runtime), () => undefined);
  }, [desktop, aboutOpen, runtime.length]);

  useEffect(() => {
    if (projects) menu.current?.setRecentProjects(projects);
  }, [projects]);

  return (
    <>
      <ShortcutSheet open={sheetOpen} onClose={() => setSheetOpen(false)} isMac={isMacPlatform()} isDesktop={isDesktop} />
      <AboutDialog open={aboutOpen} onClose={() => setAboutOpen(false)} runtime={runtime} />
    </>
  );
}
