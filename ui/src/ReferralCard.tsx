import { useState } from "react";
import type { ContactView, DirectoryEntryView, ReferralView } from "./bindings";
import type { Texts } from "./api";
import { openContact } from "./api";
import { languageName, t, useLangs } from "./i18n";

/** One side of the desk: which language, its texts, and which half of each `ReferralText`. */
export interface Side {
  lang: string;
  texts: Texts;
  pick: "staff" | "client";
}

/** A contact: a button that asks Rust to open it (tel: or an official page), or plain text. */
function Contact({ service, contact, index, side }: { service: string; contact: ContactView; index: number; side: Side }) {
  const openable = contact.kind === "dial" || contact.kind === "phone" || contact.kind === "web";
  // A desk with no dialer or browser for the link must hear so, or it waits for a call that never starts.
  const [failed, setFailed] = useState(false);
  const open = () => {
    setFailed(false);
    openContact(service, index).catch(() => setFailed(true));
  };
  return (
    <li className={`contact contact-${contact.kind}`}>
      {openable ? (
        <button type="button" className="contact-value" onClick={open}>
          {contact.value}
        </button>
      ) : (
        <span className="contact-value">{contact.value}</span>
      )}
      <span className="contact-failed" role="status" lang={side.lang}>
        {failed ? t(side.texts, "ui-contact-open-failed") : ""}
      </span>
      {contact.note && (
        <span className="contact-note" lang={side.lang}>
          {contact.note[side.pick]}
        </span>
      )}
    </li>
  );
}

/** The rows of a card in one language (the staff side on screen, each side on the slip). */
export function CardDetails({ card, side, why }: { card: ReferralView | DirectoryEntryView; side: Side; why: boolean }) {
  const { locales } = useLangs();
  const label = (id: string) => (
    <dt lang={side.lang} className={id}>
      {t(side.texts, id)}
    </dt>
  );
  return (
    <dl className="card-details">
      {label("ui-card-contact")}
      <dd>
        <ul className="contacts">
          {card.contacts.map((c, i) => (
            <Contact key={`${c.value}-${i}`} service={card.service} contact={c} index={i} side={side} />
          ))}
        </ul>
      </dd>
      {label("ui-card-hours")}
      <dd lang={side.lang}>{card.hours[side.pick]}</dd>
      {label("ui-card-free-call")}
      <dd lang={side.lang} data-free-call={card.free_call}>
        {t(side.texts, `ui-free-call-${card.free_call}`)}
      </dd>
      {label("ui-card-anonymous")}
      <dd lang={side.lang} data-anonymous={card.anonymous}>
        {t(side.texts, `ui-anonymous-${card.anonymous}`)}
      </dd>
      {label("ui-card-languages")}
      <dd>
        {card.languages.map((tag) => (
          <span key={tag} className="language-tag" lang={tag}>
            {languageName(locales, tag)}
          </span>
        ))}
        {!card.languages_confirmed && (
          <span lang={side.lang} className="unconfirmed">
            {t(side.texts, "ui-languages-unconfirmed")}
          </span>
        )}
      </dd>
      {label("ui-card-expect")}
      <dd lang={side.lang}>{card.expect[side.pick]}</dd>
      {why && "reasons" in card && (
        <>
          {label("ui-card-why")}
          <dd>
            <ul className="reasons">
              {card.reasons.map((r) => (
                <li key={r.rule} data-rule={r.rule}>
                  <span lang={side.lang}>{r.text[side.pick]}</span>
                  <span className="sources">
                    <span lang={side.lang}>{t(side.texts, "ui-card-source")}</span>
                    {r.sources.map((s) => (
                      <code key={s}>{s}</code>
                    ))}
                  </span>
                </li>
              ))}
            </ul>
          </dd>
          {label("ui-card-checked")}
          <dd lang={side.lang}>{card.assured_label[side.pick]}</dd>
        </>
      )}
    </dl>
  );
}

/** A referral card on screen: name in both languages, details in the staff language. */
export function ReferralCard({ card }: { card: ReferralView }) {
  const { staff, client, staffTexts } = useLangs();
  const id = `card-${card.service}`;
  return (
    <article className={`card priority-${card.priority}`} data-service={card.service} aria-labelledby={id}>
      <header className="card-header">
        <span className="priority" lang={staff}>
          {card.priority_label.staff}
        </span>
        <h2 id={id} className="card-name" lang={staff}>
          {card.name.staff}
        </h2>
        {card.name.client !== card.name.staff && (
          <p className="card-name-client" lang={client}>
            {card.name.client}
          </p>
        )}
        {card.check_before_use && (
          <p className="check-before-use" role="note" lang={staff}>
            {card.check_before_use.staff}
          </p>
        )}
      </header>
      <CardDetails card={card} side={{ lang: staff, texts: staffTexts, pick: "staff" }} why={true} />
    </article>
  );
}
