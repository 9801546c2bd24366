'use client';

import type { Decision, HandoffEvent, HandoffEventType } from '@helpline-handoff/core';
import { announcementText, copyText, handoffEvent, offersCopy, textsLang } from '@helpline-handoff/core';
import { type ComponentPropsWithoutRef, forwardRef, type ReactElement, useCallback, useEffect, useId, useRef, useState } from 'react';
import type { HandoffInput } from './store.js';
import { useDecision } from './use-helpline-handoff.js';

/** The root's own attributes a host may add (`id`, `data-*`, `aria-*`, `style`…); the component sets its own content. */
type RootAttributes = Omit<ComponentPropsWithoutRef<'section'>, 'children' | 'dangerouslySetInnerHTML'>;

/**
 * Props of `<HelplineHandoff>`: the `decide()` input (all optional), how to render it, and any
 * other attribute for the root `<section>` (which also takes the `ref`).
 */
export interface HelplineHandoffProps extends HandoffInput, RootAttributes {
  /**
   * Hears `shown` (once per appearance; kept `hidden`, when revealed), `action` (call or link followed) and `copy` (number
   * copied), with `{ type, kind, reason, helplineId }` only: never personal data.
   * @default undefined
   */
  onEvent?: (event: HandoffEvent) => void;
  /** Keep the `hh-*` class hooks and markup but switch off the stylesheet's rules. @default false */
  unstyled?: boolean;
  /** Extra class names on the root, after `hh-root`. @default undefined */
  className?: string;
  /** Move focus to the action when the hand-off appears; by default focus stays where it is. @default false */
  autoFocus?: boolean;
  /** Level of the title heading, to fit the host dialog's outline. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

/**
 * The hand-off a report dialog shows right after "Submit": a call to the helpline, a link to its
 * website, or nothing, with the number, the hours and a privacy line. Live with the opening hours.
 */
export const HelplineHandoff = forwardRef<HTMLElement, HelplineHandoffProps>(function HelplineHandoff(props, ref) {
  const { onEvent, unstyled = false, className, autoFocus = false, headingLevel = 2, ...rest } = props;
  // The decide() input by name: the host's other props are the root's attributes, not unknown input keys.
  // Children and inner HTML from untyped props would make React throw: the root has its own content.
  const {
    now,
    report,
    policy,
    helpline,
    device,
    locale,
    messages,
    timeZone,
    formatPhone,
    children,
    dangerouslySetInnerHTML,
    ...rootAttributes
  } = rest as typeof rest & { children?: unknown; dangerouslySetInnerHTML?: unknown };
  const input: HandoffInput = { now, report, policy, helpline, device, locale, messages, timeZone, formatPhone };
  const { decision, live } = useDecision(input);
  const actionRef = useRef<HTMLAnchorElement>(null);
  const [announcement, announce, clearAnnouncement] = useAnnouncement();
  const titleId = `${useId()}-title`;
  const emit = useEmitter(decision, onEvent);
  const focused = useRef(false);
  // Kept `hidden` by the host (a step of its dialog not on screen yet), it appears when revealed:
  // announced when a screen reader can read it, as the element does.
  useAppearance(
    live && decision.kind !== 'none' && !rootAttributes.hidden,
    () => {
      emit('shown');
      announce(`${decision.texts.title} ${decision.texts.body}`);
      // Once: a later appearance comes from a timer or a wake-up, and must not take focus from the person.
      if (autoFocus && !focused.current) {
        focused.current = true;
        actionRef.current?.focus();
      }
    },
    // Back on screen, the live region starts empty: what it says then is new, and announced.
    clearAnnouncement,
  );
  if (decision.kind === 'none') return null;

  const { texts } = decision;
  // From plain JavaScript any value can come: one that is no heading level gets the default.
  const Heading = `h${[2, 3, 4, 5, 6].includes(headingLevel) ? headingLevel : 2}` as const;
  return (
    <section
      {...rootAttributes}
      ref={ref}
      className={className ? `hh-root ${className}` : 'hh-root'}
      aria-labelledby={titleId}
      // The texts' language, which may not be the page's (WCAG 3.1.2): read in the right voice.
      lang={textsLang(input)}
      // The texts' own direction, not the page's: French in a right-to-left page keeps its "?" at the end.
      dir="auto"
      data-kind={decision.kind}
      data-reason={decision.reason}
      data-unstyled={unstyled ? '' : undefined}
    >
      <Heading className="hh-title" id={titleId}>
        {texts.title}
      </Heading>
      <p className="hh-body">{texts.body}</p>
      <a
        ref={actionRef}
        className="hh-action"
        href={decision.href}
        // The helpline must not learn which page (or report) the person came from.
        rel={decision.kind === 'link' ? 'noreferrer' : undefined}
        onClick={() => emit('action')}
        // A middle click opens the link in a new tab without a click event.
        onAuxClick={(event) => event.button === 1 && emit('action')}
      >
        {texts.action}
      </a>
      {decision.number !== undefined && (
        <NumberPart decision={decision} emit={emit} onCopied={announce} onLeave={() => actionRef.current?.focus()} />
      )}
      {texts.hours && <p className="hh-hours">{texts.hours}</p>}
      {texts.status && <p className="hh-status">{texts.status}</p>}
      <p className="hh-privacy">{texts.privacy}</p>
      {/* A class, not a style attribute: a strict style-src CSP blocks those in server-rendered HTML. */}
      <span className="hh-visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </section>
  );
});

interface NumberPartProps {
  decision: Exclude<Decision, { kind: 'none' }>;
  emit: (type: HandoffEventType) => void;
  onCopied: (announcement: string) => void;
  /** The copy button is going with the focus in it. */
  onLeave: () => void;
}

/** The number as text, and where the hand-off cannot place the call, a button that copies it. */
function NumberPart({ decision, emit, onCopied, onLeave }: NumberPartProps): ReactElement {
  const numberRef = useRef<HTMLParagraphElement>(null);
  const { texts } = decision;
  const number = decision.number as string;
  return (
    <>
      <p className="hh-number" ref={numberRef}>
        {texts.number ?? number}
      </p>
      {offersCopy(decision) && (
        // Keyed by the number: a new number starts uncopied.
        <CopyButton
          key={number}
          label={texts.copy}
          copiedLabel={texts.copied}
          copy={async () => !!numberRef.current && copyText(number, numberRef.current, navigator.clipboard)}
          onCopied={() => {
            onCopied(texts.copied);
            emit('copy');
          }}
          onLeave={onLeave}
        />
      )}
    </>
  );
}

interface CopyButtonProps {
  label: string;
  copiedLabel: string;
  copy: () => Promise<boolean>;
  onCopied: () => void;
  onLeave: () => void;
}

/**
 * Says "copied" once the number was copied, for as long as the button is shown: a screen-reader
 * user who missed the announcement finds the confirmation on the button, and it does not flip back
 * at some unrelated re-render (a timer, the window refocused). The button leaving (the line closed,
 * the hand-off unmounted) resets it. The element does the same.
 */
function CopyButton({ label, copiedLabel, copy, onCopied, onLeave }: CopyButtonProps): ReactElement {
  const [copied, setCopied] = useState(false);
  const leave = useRef(onLeave);
  leave.current = onLeave;
  // The button going as the line opens: focus moves to the action, not to the page's start. React
  // detaches a ref before it removes the element, while it still has the focus (a layout effect
  // would too, but React 18 warns about those in a server render). Stable, so detached only once.
  const button = useRef<HTMLButtonElement | null>(null);
  const trackFocus = useCallback((element: HTMLButtonElement | null) => {
    if (!element && button.current?.ownerDocument.activeElement === button.current) leave.current();
    button.current = element;
  }, []);
  const onClick = async () => {
    if (!(await copy())) return;
    setCopied(true);
    onCopied();
  };
  return (
    <button ref={trackFocus} type="button" className="hh-copy" onClick={onClick}>
      {copied ? copiedLabel : label}
    </button>
  );
}

/** `emit(type)` sends the event for the current decision; a throwing handler cannot break the hand-off. */
function useEmitter(decision: Decision, onEvent: HelplineHandoffProps['onEvent']): (type: HandoffEventType) => void {
  const latest = useRef({ decision, onEvent });
  latest.current = { decision, onEvent };
  return (type) => {
    const { decision: current, onEvent: handler } = latest.current;
    try {
      handler?.(handoffEvent(type, current));
    } catch (error) {
      console.error(error);
    }
  };
}

/** The live region's text, and `announce(text)`, which changes it even for the same text again. */
function useAnnouncement(): [string, (text: string) => void, () => void] {
  const [text, setText] = useState('');
  return [text, (value) => setText((previous) => announcementText(previous, value)), () => setText('')];
}

/**
 * Runs `onAppear` once each time `visible` turns true: on mount, and again after the hand-off
 * was hidden (a hidden-when-closed line reopening), and `onHide` when it goes after appearing.
 * StrictMode’s replayed effects do not repeat them.
 */
function useAppearance(visible: boolean, onAppear: () => void, onHide: () => void): void {
  const appeared = useRef(false);
  const latest = useRef({ onAppear, onHide });
  latest.current = { onAppear, onHide };
  useEffect(() => {
    if (!visible) {
      if (appeared.current) latest.current.onHide();
      appeared.current = false;
      return;
    }
    if (appeared.current) return;
    appeared.current = true;
    latest.current.onAppear();
  }, [visible]);
}
