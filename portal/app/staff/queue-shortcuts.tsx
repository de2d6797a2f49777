import { useEffect, useRef, useState } from 'react';
import { sendWithPage, type Translator } from '../i18n';

/** Whether a key press belongs to what the staff member is typing, not to the queue. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(type);
}

export type ShortcutCommand = 'next' | 'previous' | 'approve' | 'hide' | 'select' | 'help';

/** The command of a key, or null: none with Ctrl, Alt or Meta (the browser's and screen readers' own). */
export function commandOf(event: { key: string; ctrlKey: boolean; altKey: boolean; metaKey: boolean }): ShortcutCommand | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  switch (event.key) {
    case 'j':
    case 'ArrowDown':
      return 'next';
    case 'k':
    case 'ArrowUp':
      return 'previous';
    case 'a':
      return 'approve';
    case 'h':
      return 'hide';
    case 'x':
      return 'select';
    case '?':
      return 'help';
    default:
      return null;
  }
}

/**
 * Keyboard shortcuts for the moderation queue, once JavaScript runs (without it the page is plain
 * forms and this renders nothing): j/k or the arrows move between items, a approves, h opens the
 * hide form at its reason, x selects for a bulk action, ? shows the list. Each move is announced
 * for screen readers; no key does anything while focus is in a text field.
 */
export function QueueShortcuts({ t }: { t: Translator }) {
  const [hydrated, setHydrated] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const current = useRef(-1);
  // The list and the announcements exist only once JavaScript runs.
  sendWithPage(t.lang, 'moderation.shortcuts.');
  useEffect(() => setHydrated(true), []);

  useEffect(() => {
    const items = () => [...document.querySelectorAll<HTMLElement>('[data-queue-item]')];
    const itemOf = (node: Element | null) => node?.closest<HTMLElement>('[data-queue-item]') ?? null;
    const currentItem = () => {
      const list = items();
      const focused = itemOf(document.activeElement);
      if (focused) current.current = list.indexOf(focused);
      return list[current.current] ?? null;
    };
    const moveTo = (index: number) => {
      const list = items();
      if (!list.length) return;
      const clamped = Math.max(0, Math.min(list.length - 1, index));
      current.current = clamped;
      for (const [i, el] of list.entries()) el.classList.toggle('queue-item--current', i === clamped);
      list[clamped]!.focus();
      setAnnouncement(t('moderation.shortcuts.at', { position: clamped + 1, total: list.length }));
    };
    function onKey(event: KeyboardEvent) {
      if (isTyping(event.target)) return;
      const command = commandOf(event);
      if (!command) return;
      if (command === 'help') {
        event.preventDefault();
        setHelpOpen((open) => !open);
        return;
      }
      if (command === 'next' || command === 'previous') {
        event.preventDefault();
        currentItem();
        moveTo(current.current < 0 ? 0 : current.current + (command === 'next' ? 1 : -1));
        return;
      }
      const item = currentItem();
      if (!item) return;
      event.preventDefault();
      if (command === 'approve') item.querySelector<HTMLButtonElement>('[data-shortcut="approve"]')?.click();
      else if (command === 'hide') {
        const details = item.querySelector<HTMLDetailsElement>('details[data-shortcut="hide"]');
        if (!details) return;
        details.open = true;
        details.querySelector<HTMLInputElement>('input[type="text"]')?.focus();
      } else if (command === 'select') {
        const box = item.querySelector<HTMLInputElement>('[data-shortcut="select"]');
        if (!box) return;
        box.checked = !box.checked;
        setAnnouncement(box.checked ? t('moderation.shortcuts.selected') : t('moderation.shortcuts.unselected'));
      }
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [t]);

  if (!hydrated) return null;
  return (
    <div className="shortcuts-bar">
      <button type="button" className="button button--quiet" aria-expanded={helpOpen} aria-controls="pintasan" onClick={() => setHelpOpen((open) => !open)}>
        {t('moderation.shortcuts.button')}
      </button>
      <section id="pintasan" className="shortcuts" aria-labelledby="pintasan-judul" hidden={!helpOpen}>
        <h2 id="pintasan-judul">{t('moderation.shortcuts.heading')}</h2>
        <p>{t('moderation.shortcuts.intro')}</p>
        <ul>
          <li>{t('moderation.shortcuts.next')}</li>
          <li>{t('moderation.shortcuts.previous')}</li>
          <li>{t('moderation.shortcuts.approve')}</li>
          <li>{t('moderation.shortcuts.hide')}</li>
          <li>{t('moderation.shortcuts.select')}</li>
          <li>{t('moderation.shortcuts.help')}</li>
        </ul>
      </section>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
