import { type HandoffEvent, HelplineHandoff } from '@helpline-handoff/react';
import { type FormEvent, type ReactElement, useEffect, useId, useRef, useState } from 'react';
import './report-dialog.css';

/** The report categories of "Ripple", a fictional platform, with the names its users read. */
export const CATEGORIES = [
  { value: 'harassment', label: 'Harcèlement ou intimidation' },
  { value: 'hate-speech', label: 'Propos haineux' },
  { value: 'threats', label: 'Menaces' },
  { value: 'intimate-images', label: 'Images intimes partagées sans accord' },
  { value: 'impersonation', label: "Usurpation d'identité" },
  { value: 'spam', label: 'Spam ou arnaque' },
] as const;

export interface ReportDialogProps {
  /** The platform's policy: Instagram calls, TikTok links. */
  action: 'call' | 'link';
  /** The instant the hand-off is decided for (pinned in stories). */
  now: Date;
  /** Whether this device places calls from `tel:` links. */
  canDial: boolean;
  /** The hand-off's events, as the platform's analytics would hear them: no personal data. */
  onEvent?: (event: HandoffEvent) => void;
}

type Step = { name: 'form' } | { name: 'sent'; category: string; role: 'victim' | 'witness' };

/**
 * A report dialog as a platform would build it, around the hand-off: a native modal `<dialog>`,
 * a fieldset of radio buttons, a labelled text area, and after "Submit" a confirmation whose
 * heading takes focus, with the hand-off below it (which announces itself politely).
 * Nothing is sent anywhere: the description never leaves the dialog, the hand-off gets only the
 * category and the role.
 */
export function ReportDialog({ action, now, canDial, onEvent }: ReportDialogProps): ReactElement {
  const [open, setOpen] = useState(false);
  const [step, setStep] = useState<Step>({ name: 'form' });
  const [missingCategory, setMissingCategory] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const confirmation = useRef<HTMLHeadingElement>(null);
  const id = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (open && dialog && !dialog.open) dialog.showModal();
    if (!open && dialog?.open) dialog.close();
  }, [open]);

  // After "Submit" the form is gone: focus goes to what replaced it, so a screen reader user
  // hears "Report sent" and reads on to the hand-off from there.
  useEffect(() => {
    if (step.name === 'sent') confirmation.current?.focus();
  }, [step]);

  const close = () => {
    setOpen(false);
    setStep({ name: 'form' });
    setMissingCategory(false);
    opener.current?.focus();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const category = data.get('category');
    if (typeof category !== 'string') {
      setMissingCategory(true);
      event.currentTarget.querySelector<HTMLInputElement>('input[name="category"]')?.focus();
      return;
    }
    setStep({ name: 'sent', category, role: data.get('role') === 'witness' ? 'witness' : 'victim' });
  };

  return (
    <div className="ripple">
      <article className="ripple-post" aria-labelledby={`${id}-post`}>
        <h1 id={`${id}-post`} className="ripple-post-author">
          @camille_b · il y a 2 h
        </h1>
        <p>Une publication que vous pourriez vouloir signaler.</p>
        <button ref={opener} type="button" className="ripple-button" onClick={() => setOpen(true)}>
          Signaler la publication
        </button>
      </article>

      <dialog ref={dialogRef} className="ripple-dialog" aria-labelledby={`${id}-title`} onClose={close}>
        {step.name === 'form' ? (
          <form onSubmit={submit} noValidate>
            <h2 id={`${id}-title`}>Signaler la publication</h2>
            <fieldset aria-describedby={missingCategory ? `${id}-missing` : undefined}>
              <legend>Que se passe-t-il ?</legend>
              {missingCategory && (
                <p id={`${id}-missing`} className="ripple-error" role="alert">
                  Choisissez ce qui se passe pour envoyer le signalement.
                </p>
              )}
              {CATEGORIES.map((category) => (
                <label key={category.value} className="ripple-choice">
                  <input type="radio" name="category" value={category.value} aria-invalid={missingCategory || undefined} />
                  {category.label}
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>Qui est visé ?</legend>
              <label className="ripple-choice">
                <input type="radio" name="role" value="victim" defaultChecked />
                Moi
              </label>
              <label className="ripple-choice">
                <input type="radio" name="role" value="witness" />
                Quelqu'un d'autre
              </label>
            </fieldset>
            <label className="ripple-field" htmlFor={`${id}-details`}>
              Décrivez ce qui se passe (facultatif)
            </label>
            <textarea id={`${id}-details`} name="details" rows={3} aria-describedby={`${id}-details-hint`} />
            <p id={`${id}-details-hint`} className="ripple-hint">
              Votre description reste chez Ripple : elle n'est jamais transmise au service d'écoute.
            </p>
            <div className="ripple-actions">
              <button type="button" className="ripple-button ripple-button-quiet" onClick={close}>
                Annuler
              </button>
              <button type="submit" className="ripple-button">
                Envoyer le signalement
              </button>
            </div>
          </form>
        ) : (
          <div>
            <h2 id={`${id}-title`} ref={confirmation} tabIndex={-1}>
              Signalement envoyé
            </h2>
            <p>Merci. Notre équipe va l'examiner et vous répondra dans vos notifications.</p>
            <HelplineHandoff
              report={{ category: step.category, role: step.role, country: 'FR' }}
              policy={{ action }}
              now={now}
              device={{ canDial }}
              locale="fr"
              headingLevel={3}
              onEvent={onEvent}
            />
            <div className="ripple-actions">
              <button type="button" className="ripple-button" onClick={close}>
                Fermer
              </button>
            </div>
          </div>
        )}
      </dialog>
    </div>
  );
}
