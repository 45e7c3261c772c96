import { useState } from "react";
import type { ContactView, DirectoryEntryView, LanguageFitView, ReferralText, ReferralView } from "./bindings";
import type { Texts } from "./api";
import { openContact } from "./api";
import { inLang, languageName, Ltr, t, useLangs } from "./i18n";
import { DraftMark } from "./DraftMark";

/** One side of the desk: which language, its texts, and which half of each `ReferralText`. */
export interface Side {
  lang: string;
  texts: Texts;
  pick: "staff" | "client";
}

/** A text of the card on this side, and (on screen) the other side's beside it, each with its `lang`. */
function Both({ text, side, other, className }: { text: ReferralText; side: Side; other?: Side | undefined; className?: string | undefined }) {
  return (
    <>
      <span {...inLang(side.lang)} className={className}>
        {text[side.pick]}
      </span>
      {other && other.lang !== side.lang && (
        <span {...inLang(other.lang)} className={`${className ?? ""} secondary`.trim()}>
          {text[other.pick]}
        </span>
      )}
    </>
  );
}

/** The contacts in the order to use them: the one for the client's language first (the rest as
 *  the directory lists them). Each keeps its index in the directory, which is what Rust opens. */
export function contactOrder(contacts: ContactView[], fit: LanguageFitView | null): { contact: ContactView; index: number }[] {
  const all = contacts.map((contact, index) => ({ contact, index }));
  const first = all.find((c) => c.index === fit?.contact);
  return first ? [first, ...all.filter((c) => c !== first)] : all;
}

/** A contact: a button that asks Rust to open it (tel: or an official page), or plain text. */
function Contact({
  service,
  contact,
  index,
  side,
  other,
  first,
}: {
  service: string;
  contact: ContactView;
  index: number;
  side: Side;
  other?: Side | undefined;
  /** The mark "in <language>, use this contact first", when this is that contact. */
  first?: ReferralText | null;
}) {
  const openable = contact.kind === "dial" || contact.kind === "phone" || contact.kind === "web";
  // A desk with no dialer or browser for the link must hear so, or it waits for a call that never starts.
  const [failed, setFailed] = useState(false);
  const open = () => {
    setFailed(false);
    openContact(service, index).catch(() => setFailed(true));
  };
  return (
    <li className={`contact contact-${contact.kind}${first ? " contact-use-first" : ""}`} data-index={index} data-use-first={first ? "true" : undefined}>
      {openable ? (
        <button type="button" className="contact-value" dir="ltr" onClick={open}>
          {contact.value}
        </button>
      ) : (
        <span className="contact-value">{contact.label ? <Both text={contact.label} side={side} other={other} /> : <Ltr>{contact.value}</Ltr>}</span>
      )}
      <span className="contact-failed" role="status" {...inLang(side.lang)}>
        {failed ? t(side.texts, "ui-contact-open-failed") : ""}
      </span>
      {contact.note && (
        <span className="contact-note" {...inLang(side.lang)}>
          {contact.note[side.pick]}
        </span>
      )}
      {first && (
        <span className="use-first">
          <Both text={first} side={side} other={other} />
        </span>
      )}
    </li>
  );
}

/** Whether and how the client can use the service in their language; what to do when they cannot. */
function LanguageFit({ fit, side, other }: { fit: LanguageFitView; side: Side; other?: Side | undefined }) {
  return (
    <dd className={`language-fit fit-${fit.fit}`} data-fit={fit.fit}>
      <Both text={fit.label} side={side} other={other} className="fit-label" />
      {fit.advice && (
        <span className="fit-advice" role="note">
          <Both text={fit.advice} side={side} other={other} />
        </span>
      )}
    </dd>
  );
}

/** The rows of a card in one language (the staff side on screen, each side on the slip). On
 *  screen, `other` is the client's side: the language fit is shown in both languages. */
export function CardDetails({ card, side, other, why }: { card: ReferralView | DirectoryEntryView; side: Side; other?: Side | undefined; why: boolean }) {
  const { locales } = useLangs();
  const label = (id: string) => (
    <dt {...inLang(side.lang)} className={id}>
      {t(side.texts, id)}
    </dt>
  );
  return (
    <dl className="card-details">
      {label("ui-card-contact")}
      <dd>
        <ul className="contacts">
          {contactOrder(card.contacts, card.language_fit).map(({ contact, index }) => (
            <Contact
              key={`${contact.value}-${index}`}
              service={card.service}
              contact={contact}
              index={index}
              side={side}
              other={other}
              first={card.language_fit?.contact === index ? card.language_fit.contact_label : null}
            />
          ))}
        </ul>
      </dd>
      {card.language_fit && (
        <>
          {label("ui-card-language-fit")}
          <LanguageFit fit={card.language_fit} side={side} other={other} />
        </>
      )}
      {label("ui-card-hours")}
      <dd {...inLang(side.lang)}>{card.hours[side.pick]}</dd>
      {label("ui-card-free-call")}
      <dd {...inLang(side.lang)} data-free-call={card.free_call}>
        {t(side.texts, `ui-free-call-${card.free_call}`)}
      </dd>
      {label("ui-card-anonymous")}
      <dd {...inLang(side.lang)} data-anonymous={card.anonymous}>
        {t(side.texts, `ui-anonymous-${card.anonymous}`)}
      </dd>
      {label("ui-card-languages")}
      <dd>
        {card.languages.map((tag) => (
          <span key={tag} className="language-tag" {...inLang(tag)}>
            {languageName(locales, tag)}
          </span>
        ))}
        {!card.languages_confirmed && (
          <span {...inLang(side.lang)} className="unconfirmed">
            {t(side.texts, "ui-languages-unconfirmed")}
          </span>
        )}
      </dd>
      {label("ui-card-expect")}
      <dd {...inLang(side.lang)}>{card.expect[side.pick]}</dd>
      {why && "reasons" in card && (
        <>
          {label("ui-card-why")}
          <dd>
            <ul className="reasons">
              {card.reasons.map((r) => (
                <li key={r.rule} data-rule={r.rule}>
                  <span {...inLang(side.lang)}>{r.text[side.pick]}</span>
                  <span className="sources">
                    <span {...inLang(side.lang)}>{t(side.texts, "ui-card-source")}</span>
                    {r.sources.map((s) => (
                      <code key={s}>{s}</code>
                    ))}
                  </span>
                </li>
              ))}
            </ul>
          </dd>
          {label("ui-card-checked")}
          <dd {...inLang(side.lang)}>{card.assured_label[side.pick]}</dd>
        </>
      )}
    </dl>
  );
}

/** A referral card on screen: name and language fit in both languages, details in the staff language. */
export function ReferralCard({ card }: { card: ReferralView }) {
  const { staff, client, staffTexts, clientTexts } = useLangs();
  const id = `card-${card.service}`;
  return (
    <article className={`card priority-${card.priority}`} data-service={card.service} data-fit={card.language_fit?.fit} aria-labelledby={id}>
      <header className="card-header">
        <span className="priority" {...inLang(staff)}>
          {card.priority_label.staff}
        </span>
        <h2 id={id} className="card-name" {...inLang(staff)}>
          {card.name.staff}
        </h2>
        {card.name.client !== card.name.staff && (
          <p className="card-name-client" {...inLang(client)}>
            {card.name.client}
            <DraftMark draft={card.client_draft} />
          </p>
        )}
        {card.check_before_use && (
          <p className="check-before-use" role="note" {...inLang(staff)}>
            {card.check_before_use.staff}
          </p>
        )}
      </header>
      <CardDetails
        card={card}
        side={{ lang: staff, texts: staffTexts, pick: "staff" }}
        other={{ lang: client, texts: clientTexts, pick: "client" }}
        why={true}
      />
    </article>
  );
}
