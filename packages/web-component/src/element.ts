import type { Decision, Device, Helpline, MessagesByLocale, PhoneFormatter, Policy, Report } from '@helpline-handoff/core';
import { announcementText, copyText, decide, listenForWake, offersCopy, refreshDelay, textsLang } from '@helpline-handoff/core';
import { createHandoffEvent, type HandoffCustomEvent } from './events.js';
import { ATTRIBUTES, attribute, type HandoffProperties, PROPERTIES, readHeadingLevel, readInput, warningsOf } from './input.js';
import { adoptStyles } from './styles.js';
import { createView, type Shown, setHeadingLevel, updateView, type View } from './view.js';

// Importing the module on a server (SSR, tests in Node) must not throw: there is no HTMLElement there.
const Base = (typeof HTMLElement === 'undefined' ? class {} : HTMLElement) as typeof HTMLElement;

/**
 * `<helpline-handoff>`: offers a helpline (3018 by default) right after a harassment report, as a
 * call, a link to its website, or nothing, following `decide()` from `@helpline-handoff/core`.
 * It re-decides by itself when the line opens or closes, with one timer while connected.
 *
 * @summary The helpline hand-off for report dialogs.
 *
 * @attr action - `call` (default) or `link`: the platform's policy.
 * @attr when-closed - `link` (default) or `hide`: what to show while the line is closed.
 * @attr category - The report category, e.g. `harassment`; omitted, the hand-off is shown.
 * @attr role - `victim` (default) or `witness`.
 * @attr country - The reporter's country, ISO 3166-1 alpha-2 (`FR`), when known.
 * @attr locale - BCP 47 locale of the texts: `fr` (default), `en`, …
 * @attr now - A fixed ISO 8601 instant, for previews and tests: the element then never re-decides by itself.
 * @attr can-dial - Whether `tel:` links place a call here: present or `true`, or `false`. Default: detected from `navigator`.
 * @attr reporter-time-zone - The reporter's IANA time zone: when it differs from the helpline's, times name the helpline's zone.
 * @attr helpline-name - A custom helpline's name (also its id in events).
 * @attr phone - A custom helpline's number: a short code (`3018`) or an international number (`+33 …`).
 * @attr website - A custom helpline's https website.
 * @attr hours - A custom helpline's hours, OpenStreetMap style: `Mo-Fr 09:00-18:00; Sa 10:00-12:00`.
 * @attr time-zone - The IANA time zone of `hours`, e.g. `Europe/Paris`.
 * @attr callable-from - Regions that can dial `phone`, e.g. `FR BE`.
 * @attr heading-level - Level of the title heading, `2` (default) to `6`, to fit the host dialog's outline.
 * @attr unstyled - Present: the same parts, none of the stylesheet's rules (style them with `::part()`).
 *
 * @event handoff-shown - The hand-off appeared (once per appearance; kept `hidden` by the host, when revealed). `detail`: `{ kind, reason, helplineId }`.
 * @event handoff-action - The call or link was followed. `detail`: `{ kind, reason, helplineId }`.
 * @event handoff-copy - The number was copied. `detail`: `{ kind, reason, helplineId }`.
 *
 * @csspart root - The labelled region; carries `data-kind` and `data-reason`.
 * @csspart title - The heading.
 * @csspart body - The sentence under it.
 * @csspart action - The call (a `tel:` link styled as a button) or the link to the website.
 * @csspart number - The number, as text.
 * @csspart copy - The copy-number button, wherever the number is shown but the call cannot be placed (`offersCopy`).
 * @csspart hours - The opening hours.
 * @csspart status - Open or closed now, and until when.
 * @csspart privacy - The line saying the report is not passed on.
 *
 * @cssprop --hh-bg - Background.
 * @cssprop --hh-fg - Text color.
 * @cssprop --hh-muted - Color of hours, status and privacy.
 * @cssprop --hh-accent - Call button background, link color.
 * @cssprop --hh-accent-fg - Call button text.
 * @cssprop --hh-border - Border color.
 * @cssprop --hh-focus - Focus ring color.
 */
export class HelplineHandoffElement extends Base {
  static readonly observedAttributes: string[] = [...ATTRIBUTES, 'data-theme', 'hidden'];

  #view: View;
  #props: HandoffProperties = {};
  #decision: Decision | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Removes the wake-up listeners; set while connected and reading the clock. */
  #stopListening: (() => void) | undefined;
  /** The pending announcement: its frame and its channel, closed to cancel it. */
  #announcement: MessagePort | undefined;
  #frame = 0;
  #queued = false;
  /** Visible since it last appeared, so that `handoff-shown` fires once per appearance. */
  #shown = false;
  /** We set the host's `hidden`, and may take it away again. */
  #hiddenByUs = false;
  /** While we write `hidden` ourselves: only the host's `hidden` hides or reveals the hand-off. */
  #settingHidden = false;
  #warned = new Set<string>();
  /** The language of the texts on screen, for what the live region says. */
  #lang = 'fr';
  /** The number last copied, while its copy button stays on screen: the button then says "copied". */
  #copied: string | undefined;

  constructor() {
    super();
    adoptStyles(this.attachShadow({ mode: 'open' }));
    this.#view = createView(this.ownerDocument);
    this.#view.action.addEventListener('click', () => this.#emit('action'));
    // A middle click opens the link in a new tab without a click event.
    this.#view.action.addEventListener('auxclick', (event) => event.button === 1 && this.#emit('action'));
    this.#view.copy.addEventListener('click', () => void this.#copy());
    // A host may set properties before the element is defined (a framework rendering first, the
    // script tag loading late): they land as own properties of the plain element and would shadow
    // the accessors forever. Take them over (the classic `_upgradeProperty`).
    for (const key of PROPERTIES) {
      if (!Object.hasOwn(this, key)) continue;
      const own = this as Record<string, unknown>;
      this.#props[key] = own[key] as never;
      delete own[key];
    }
  }

  /** A custom helpline; the helpline attributes, when present, replace it. @default HELPLINE_3018 */
  get helpline(): Helpline | undefined {
    return this.#props.helpline;
  }
  set helpline(value: Helpline | undefined) {
    this.#set('helpline', value);
  }

  /** The platform's policy; the `action` and `when-closed` attributes win over its fields. */
  get policy(): Partial<Policy> | undefined {
    return this.#props.policy;
  }
  set policy(value: Partial<Policy> | undefined) {
    this.#set('policy', value);
  }

  /** The report just submitted; the `category`, `role` and `country` attributes win over its fields. */
  get report(): Report | undefined {
    return this.#props.report;
  }
  set report(value: Report | undefined) {
    this.#set('report', value);
  }

  /** What the device can do; the `can-dial` attribute wins. @default { canDial: detectCanDial(navigator) } */
  get device(): Device | undefined {
    return this.#props.device;
  }
  set device(value: Device | undefined) {
    this.#set('device', value);
  }

  /** Text overrides per locale, as for `decide()`. */
  get messages(): MessagesByLocale | undefined {
    return this.#props.messages;
  }
  set messages(value: MessagesByLocale | undefined) {
    this.#set('messages', value);
  }

  /** Validates and formats full phone numbers: pass `formatPhone` from `@helpline-handoff/core/phone`. */
  get formatPhone(): PhoneFormatter | undefined {
    return this.#props.formatPhone;
  }
  set formatPhone(value: PhoneFormatter | undefined) {
    this.#set('formatPhone', value);
  }

  /** The decision on screen (plain data), or `undefined` before the element is first connected. */
  get decision(): Decision | undefined {
    return this.#decision;
  }

  connectedCallback(): void {
    adoptStyles(this.shadowRoot as ShadowRoot); // again, after a move to another document
    this.#render();
  }

  disconnectedCallback(): void {
    this.#stopClock();
    // Moved (taken out and put back in the same task), it never left the screen: not a new appearance.
    queueMicrotask(() => {
      if (!this.isConnected) this.#forget();
    });
  }

  attributeChangedCallback(name: string): void {
    if (name === 'hidden' && this.#settingHidden) return;
    // The host wrote `hidden`: from now on it is the host's, which the element leaves alone.
    if (name === 'hidden') this.#hiddenByUs = false;
    this.#requestRender();
  }

  #set<K extends keyof HandoffProperties>(key: K, value: HandoffProperties[K]): void {
    this.#props[key] = value;
    this.#requestRender();
  }

  /** Several changes in a row make one render, so a half-written helpline draws no warning. */
  #requestRender(): void {
    if (!this.isConnected || this.#queued) return;
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      if (this.isConnected) this.#render();
    });
  }

  #render(): void {
    // The wrapper owns the clock; the core never reads it.
    const now = Date.now();
    const element = readInput((name) => this.getAttribute(name), this.#props, now, globalThis.navigator);
    const decision = decide(element.input);
    this.#decision = decision;
    for (const warning of warningsOf(element, decision.errors))
      this.#warnOnce(warning, "Showing the link to the helpline's website instead.");
    if (decision.kind === 'none') this.#hide();
    else this.#show(decision, textsLang(element.input));
    this.#stopClock();
    // With `now` (a frozen preview) nothing follows the clock. A host listener may have
    // disconnected the element during this render (on `handoff-shown`): then nothing either.
    const win = this.ownerDocument.defaultView;
    if (element.frozen || !win || !this.isConnected) return;
    // Decide again on every wake-up event: a timer does not run while the device sleeps or the
    // page sits in the back-forward cache, and the clock or zone may have changed meanwhile.
    this.#stopListening = listenForWake(win, () => this.#render());
    // The one timer: until the decision can change, then decide again (which re-arms it). It
    // reads the clock when it fires, so a late timer (after a sleep) still shows the right view,
    // and an early one decides the same and re-arms for the rest.
    const delay = refreshDelay(decision, now);
    if (delay !== null) this.#timer = setTimeout(() => this.#render(), delay);
  }

  /** Clears the timer and the wake-up listeners. */
  #stopClock(): void {
    clearTimeout(this.#timer);
    this.#stopListening?.();
    this.#stopListening = undefined;
  }

  /** What only holds while the hand-off is on screen. */
  #forget(): void {
    this.#cancelAnnouncement();
    this.#view.live.textContent = ''; // back on screen, it starts empty: what it says then is new
    this.#shown = false;
    this.#copied = undefined;
  }

  #show(decision: Shown, lang: string): void {
    const view = this.#view;
    const theme = this.getAttribute('data-theme');
    if (theme === null) view.root.removeAttribute('data-theme');
    else view.root.dataset.theme = theme;
    view.root.toggleAttribute('data-unstyled', this.hasAttribute('unstyled'));
    const heading = this.getAttribute('heading-level');
    const level = readHeadingLevel(heading);
    if (!level) this.#warnOnce(`${attribute('heading-level', heading)}: expected 2, 3, 4, 5 or 6.`, 'Using 2.');
    setHeadingLevel(view, level ?? 2);
    // "Copied" holds while the same number's copy button is shown, whatever re-renders meanwhile.
    if (!offersCopy(decision) || decision.number !== this.#copied) this.#copied = undefined;
    updateView(view, decision, lang, this.#copied !== undefined);
    this.#lang = lang;
    if (this.#hiddenByUs) this.#setHidden(false);
    this.#hiddenByUs = false;
    const shadow = this.shadowRoot as ShadowRoot;
    if (view.root.parentNode !== shadow) shadow.append(view.root, view.live);
    // Kept hidden by the host (a step of its dialog not on screen yet), it appears when revealed:
    // announced then, when a screen reader can read it, and `handoff-shown` then.
    if (this.hidden) this.#forget();
    if (this.#shown || this.hidden) return;
    this.#shown = true;
    this.#announce(`${decision.texts.title} ${decision.texts.body}`);
    this.#emit('shown');
  }

  #hide(): void {
    this.#forget();
    (this.shadowRoot as ShadowRoot).replaceChildren();
    if (this.hidden) return;
    this.#setHidden(true);
    this.#hiddenByUs = true;
  }

  #setHidden(hidden: boolean): void {
    this.#settingHidden = true;
    this.hidden = hidden;
    this.#settingHidden = false;
  }

  /**
   * A live region announces only a change after it is in the accessibility tree: fill it once a
   * frame was drawn with it (a host revealing the element included), in a task of its own (a
   * frame and a message, not a timer: the element's one timer stays the one to `changesAt`).
   */
  #announce(text: string): void {
    this.#cancelAnnouncement();
    const fill = () => this.#say(text);
    // A window without frames or messages (a test DOM): at once, rather than throw.
    if (typeof MessageChannel === 'undefined' || typeof requestAnimationFrame === 'undefined') {
      fill();
      return;
    }
    const { port1, port2 } = new MessageChannel();
    this.#announcement = port1;
    port1.onmessage = () => {
      this.#cancelAnnouncement();
      fill();
    };
    this.#frame = requestAnimationFrame(() => port2.postMessage(null));
  }

  /** Writes to the live region, read in the texts' language (WCAG 3.1.2), which may have changed since. */
  #say(text: string): void {
    const live = this.#view.live;
    live.lang = this.#lang;
    live.textContent = announcementText(live.textContent ?? '', text);
  }

  #cancelAnnouncement(): void {
    if (this.#frame) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#announcement?.close(); // Closing a port twice is harmless.
  }

  async #copy(): Promise<void> {
    const decision = this.#decision;
    if (decision?.kind !== 'link' || !decision.number || !(await copyText(decision.number, this.#view.number, navigator.clipboard))) return;
    this.#copied = decision.number;
    this.#cancelAnnouncement();
    this.#view.copy.textContent = decision.texts.copied;
    this.#say(decision.texts.copied);
    this.#emit('copy');
  }

  #emit(type: 'shown' | 'action' | 'copy'): void {
    if (this.#decision) this.dispatchEvent(createHandoffEvent(type, this.#decision));
  }

  /** One warning per bad value, not per render; `fallback` says what the element does instead. */
  #warnOnce(problem: string, fallback: string): void {
    const message = `<helpline-handoff> ${problem} ${fallback}`;
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    console.warn(message);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'helpline-handoff': HelplineHandoffElement;
  }
  interface GlobalEventHandlersEventMap {
    'handoff-shown': HandoffCustomEvent;
    'handoff-action': HandoffCustomEvent;
    'handoff-copy': HandoffCustomEvent;
  }
}
