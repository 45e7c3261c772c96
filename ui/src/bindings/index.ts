// Generated from the Rust types by crates/desk/src/bindings.rs. Do not edit:
// run `UPDATE_BINDINGS=1 cargo test -p madoguchi-desk bindings` after changing them.

/**
 * A shipped locale's tag (`ja`, `vi`, `ja-x-plain`, the pseudo-locale `en-XA`). A request
 * naming any other is refused when it is deserialised, before a command runs.
 */
export type Lang = string;

/**
 * The same text in the staff and the client language.
 */
export type ReferralText = { staff: string, client: string, };

export type QuestionText = { question: string, };

export type OptionView = { 
/**
 * The fact value, or `unknown`.
 */
value: string, 
/**
 * The number key that picks it (1-based).
 */
key: number, staff: string, client: string, };

/**
 * Where the consultation stands: questions answered, and questions still to come as far as the
 * answers so far tell.
 */
export type Progress = { answered: number, remaining: number, };

export type QuestionView = { id: string, fact: string, 
/**
 * Several options may be chosen.
 */
multiple: boolean, staff: QuestionText, client: QuestionText, options: Array<OptionView>, progress: Progress, 
/**
 * The question or an option in the client language is an unreviewed translation.
 */
client_draft: boolean, };

export type ContactView = { kind: "dial" | "phone" | "web" | "email" | "in_person", value: string, 
/**
 * What to show instead of the value when the value is no number or address: an in-person
 * contact at the nearest local office (`local`).
 */
label: ReferralText | null, note: ReferralText | null, 
/**
 * The note is the desk's own words and they wrote none in the client's language: the
 * client side shows the Japanese, marked with the card's `japanese_only` label.
 */
note_japanese_only: boolean, };

export type ReasonView = { rule: string, text: ReferralText, sources: Array<string>, };

/**
 * How well a service fits the client's language. Ordered: the fit a client can use best first.
 */
export type Fit = "native" | "interpreter" | "unknown" | "none";

/**
 * Whether the client can use the service in their language, and which contact to use first.
 */
export type LanguageFitView = { fit: Fit, 
/**
 * The contact (index into the card's `contacts`) to use first in the client's language.
 */
contact: number | null, 
/**
 * The mark beside that contact ("in <language>, use this contact first"); `None` when no
 * contact is named.
 */
contact_label: ReferralText | null, 
/**
 * The fit in words, naming the client's language.
 */
label: ReferralText, 
/**
 * What staff can do when the client cannot use the service in their own language.
 */
advice: ReferralText | null, };

/**
 * Which of a card's texts the desk wrote in the site override file without a version in the
 * client's language, so that the client side shows them in Japanese; and the mark to show.
 */
export type JapaneseOnlyView = { name: boolean, hours: boolean, expect: boolean, 
/**
 * "(in Japanese only)", in the staff and the client language.
 */
label: ReferralText, };

/**
 * What every card of a service shows, on the result screen, the slip and the Directory screen
 * alike: built once, by [`App::service_card`], so the cards cannot drift apart.
 */
export type ServiceCard = { service: string, name: ReferralText, contacts: Array<ContactView>, hours: ReferralText, expect: ReferralText, free_call: "yes" | "no" | "partly" | "unconfirmed", anonymous: "yes" | "no" | "partly" | "unconfirmed", languages: Array<string>, languages_confirmed: boolean, 
/**
 * The fit for the client's language; `None` for a Japanese-speaking client on a service staffed
 * in Japanese (nothing to tell).
 */
language_fit: LanguageFitView | null, sources: Array<string>, assured_date: string, assured_label: ReferralText, confidence: "high" | "medium" | "low" | "unconfirmed", 
/**
 * Shown as a "check before use" mark: old or unconfirmed entry.
 */
check_before_use: ReferralText | null, origin: { kind: "shipped" } | { kind: "overridden", file: string } | { kind: "local", file: string, label: string, refer_with: string }, 
/**
 * Some client-language text of this card is a translation nobody has reviewed against
 * the current Japanese (a draft or stale message): the card carries a small marker.
 */
client_draft: boolean, 
/**
 * Set when some text of the card (name, hours, what happens there, a contact's note) is the
 * desk's own and was not written in the client's language: it is shown in Japanese.
 */
japanese_only: JapaneseOnlyView | null, };

/**
 * A referral of the result screen and the slip: the service's card, its priority and why.
 */
export type ReferralView = { priority: "emergency" | "urgent" | "standard", priority_label: ReferralText, reasons: Array<ReasonView>, service: string, name: ReferralText, contacts: Array<ContactView>, hours: ReferralText, expect: ReferralText, free_call: "yes" | "no" | "partly" | "unconfirmed", anonymous: "yes" | "no" | "partly" | "unconfirmed", languages: Array<string>, languages_confirmed: boolean, 
/**
 * The fit for the client's language; `None` for a Japanese-speaking client on a service staffed
 * in Japanese (nothing to tell).
 */
language_fit: LanguageFitView | null, sources: Array<string>, assured_date: string, assured_label: ReferralText, confidence: "high" | "medium" | "low" | "unconfirmed", 
/**
 * Shown as a "check before use" mark: old or unconfirmed entry.
 */
check_before_use: ReferralText | null, origin: { kind: "shipped" } | { kind: "overridden", file: string } | { kind: "local", file: string, label: string, refer_with: string }, 
/**
 * Some client-language text of this card is a translation nobody has reviewed against
 * the current Japanese (a draft or stale message): the card carries a small marker.
 */
client_draft: boolean, 
/**
 * Set when some text of the card (name, hours, what happens there, a contact's note) is the
 * desk's own and was not written in the client's language: it is shown in Japanese.
 */
japanese_only: JapaneseOnlyView | null, };

/**
 * A question already answered, as a summary line shows it.
 */
export type AnsweredView = { question: string, text: ReferralText, 
/**
 * The chosen option labels, joined.
 */
answer: ReferralText, };

/**
 * Everything the consultation screen needs after each answer.
 */
export type ConsultationView = { 
/**
 * The next question, or `None` when the flow is finished.
 */
question: QuestionView | null, 
/**
 * Emergency referrals the answers so far already call for (shown at once, before the end).
 */
emergencies: Array<ReferralView>, 
/**
 * Every referral for the answers so far, in order (the result screen when finished).
 */
referrals: Array<ReferralView>, answered: Array<AnsweredView>, };

/**
 * A shipped locale as the language pickers show it, with its status in the staff language.
 */
export type LocaleView = { tag: string, name: string, status: "reference" | "reviewed" | "draft", status_label: string, produced_by: string, };

/**
 * One answer as the UI keeps it: the question and the chosen option values (`unknown` for
 * "don't know / prefers not to say").
 */
export type Step = { question: string, values: Array<string>, };

/**
 * Why the log is read-only: the UI explains each kind in words of its own.
 */
export type RecoveryKind = "damaged" | "not_a_log" | "newer_schema" | "empty" | "cannot_write";

/**
 * A problem met while opening the data folder. The app never closes for one: it shows a
 * screen that says what is wrong and what to do.
 */
export type Problem = { "kind": "override_invalid", path: string, errors: Array<string>, kinds: Array<string>, } | { "kind": "settings_invalid", path: string, errors: Array<string>, } | { "kind": "log_read_only", path: string, reason: RecoveryKind, detail: string, } | { "kind": "log_unavailable", path: string, detail: string, } | { "kind": "log_cannot_write", path: string, detail: string, } | { "kind": "log_set_aside", path: string, files: Array<string>, } | { "kind": "data_invalid", errors: Array<string>, };

/**
 * What the UI needs before the first screen.
 */
export type StartupView = { 
/**
 * Problems met opening the data folder, each shown on its own screen first.
 */
problems: Array<Problem>, 
/**
 * Seconds without input after which an open consultation is dropped.
 */
idle_seconds: number, 
/**
 * Whether Save can write to the log.
 */
can_save: boolean, 
/**
 * Where the log and the override file live.
 */
data_dir: string, 
/**
 * The reference language: the slip's second language.
 */
reference_lang: string, 
/**
 * The staff language to start in (from the settings, else the reference language).
 */
staff_lang: string, 
/**
 * The client language to start with (from the settings, else the default).
 */
client_lang: string, };

/**
 * The first call's answer.
 */
export type FirstScreen = { startup: StartupView, 
/**
 * `ui.ftl` messages by language, then by id: the reference, staff and client languages.
 */
texts: { [key in string]: { [key in string]: string } }, 
/**
 * The languages offered, with their status in the staff language.
 */
locales: Array<LocaleView>, };

/**
 * The consultation screen after the answers so far.
 */
export type ConsultationScreen = { view: ConsultationView, 
/**
 * "Question n of about m", in both languages; `None` once the flow is finished.
 */
progress: ReferralText | null, };

/**
 * An option of the Save form, labelled in the staff language.
 */
export type Choice = { value: string, label: string, };

/**
 * The Save form for the answers given.
 */
export type SaveForm = { outcomes: Array<Choice>, 
/**
 * The region group of the client's nationality: asked only of a client who is not known
 * to be Japanese. Not a routing fact: it is recorded for statistics only.
 */
regions: Array<Choice>, ask_region: boolean, can_save: boolean, };

/**
 * What staff chose on the Save screen.
 */
export type SaveRequest = { steps: Array<Step>, staff_lang: Lang, client_lang: Lang, outcome: string, interpreter: boolean, handover_consent: boolean, region: string | null, };

/**
 * Who a service serves: one fact and the values it accepts, with their labels.
 */
export type ServesView = { fact: string, values: Array<string>, 
/**
 * The values' labels, joined.
 */
labels: ReferralText, };

/**
 * Whether a service can be reached right now, as far as the directory tells. Only `always` and
 * `web` say yes; any other hours must be read (the directory does not hold opening times).
 */
export type OpenNow = "yes" | "unknown";

/**
 * One entry of the Directory screen.
 */
export type DirectoryEntryView = { serves: Array<ServesView>, open_now: OpenNow, open_now_label: ReferralText, 
/**
 * "Shipped", "changed by this site" or "added by this site".
 */
origin_label: ReferralText, 
/**
 * Set when the entry's assured date is older than the desk's review interval: the mark
 * ("not checked for over 12 months") in both languages.
 */
review_due: ReferralText | null, service: string, name: ReferralText, contacts: Array<ContactView>, hours: ReferralText, expect: ReferralText, free_call: "yes" | "no" | "partly" | "unconfirmed", anonymous: "yes" | "no" | "partly" | "unconfirmed", languages: Array<string>, languages_confirmed: boolean, 
/**
 * The fit for the client's language; `None` for a Japanese-speaking client on a service staffed
 * in Japanese (nothing to tell).
 */
language_fit: LanguageFitView | null, sources: Array<string>, assured_date: string, assured_label: ReferralText, confidence: "high" | "medium" | "low" | "unconfirmed", 
/**
 * Shown as a "check before use" mark: old or unconfirmed entry.
 */
check_before_use: ReferralText | null, origin: { kind: "shipped" } | { kind: "overridden", file: string } | { kind: "local", file: string, label: string, refer_with: string }, 
/**
 * Some client-language text of this card is a translation nobody has reviewed against
 * the current Japanese (a draft or stale message): the card carries a small marker.
 */
client_draft: boolean, 
/**
 * Set when some text of the card (name, hours, what happens there, a contact's note) is the
 * desk's own and was not written in the client's language: it is shown in Japanese.
 */
japanese_only: JapaneseOnlyView | null, };

/**
 * The Directory screen's filters as the UI sends them (all ANDed; empty means no filter).
 */
export type DirectoryQuery = { text: string, 
/**
 * A `concern` value, or empty.
 */
concern: string, 
/**
 * A language tag, or empty.
 */
language: string, free_call: boolean, anonymous: boolean, open_now: boolean, };

/**
 * The Directory screen: the entries that pass the filters, and the choices of the filters.
 */
export type DirectoryScreen = { entries: Array<DirectoryEntryView>, 
/**
 * How many services the directory holds in all.
 */
total: number, 
/**
 * The `concern` values, labelled in the staff language.
 */
concerns: Array<Choice>, 
/**
 * Every language some service offers, named in the staff language's list.
 */
languages: Array<Choice>, };

/**
 * A category (or a month, or a dimension) with its label in the screen's language.
 */
export type CategoryView = { id: string, label: string, };

/**
 * One category of a record, labelled: the dimension and its value(s).
 */
export type RecordField = { dimension: CategoryView, values: Array<CategoryView>, };

/**
 * One saved record as the Records screen shows it: only what the record holds.
 */
export type RecordView = { id: string, 
/**
 * `YYYY-MM`: a record keeps the month it was saved in, never the day.
 */
month: string, fields: Array<RecordField>, 
/**
 * The services referred, in routing order, by name.
 */
referrals: Array<CategoryView>, };

/**
 * One page of the live records, newest first.
 */
export type RecordsPage = { records: Array<RecordView>, 
/**
 * From 0.
 */
page: number, pages: number, total: number, 
/**
 * Whether the log could be read at all.
 */
available: boolean, };

/**
 * A published entry as a screen shows it: a count, or hidden with its marker (`X`) and no
 * number.
 */
export type CellView = { "kind": "count", count: number, } | { "kind": "suppressed", 
/**
 * `X`.
 */
marker: string, };

/**
 * One protected table, labelled. `cells[r][c]`, `row_totals[r]`, `column_totals[c]`, `total`,
 * exactly as in the report.
 */
export type TableView = { 
/**
 * The period of a two-dimension table (`YYYY-MM`, `FYyyyy-Qn`, `FYyyyy`); `None` for a
 * one-dimension table (rows are months).
 */
period: string | null, row_dimension: CategoryView, column_dimension: CategoryView, rows: Array<CategoryView>, columns: Array<CategoryView>, cells: Array<Array<CellView>>, row_totals: Array<CellView>, column_totals: Array<CellView>, total: CellView, total_label: string, };

/**
 * One bar: a category's total over the period.
 */
export type BarView = { category: CategoryView, value: CellView, };

/**
 * A bar chart of one dimension over the period (the column totals of a one-dimension report).
 */
export type BarChartView = { dimension: CategoryView, bars: Array<BarView>, 
/**
 * The whole period, all categories.
 */
total: CellView, };

/**
 * One point of a line: a month's count for a category. A suppressed point is a gap.
 */
export type PointView = { 
/**
 * `YYYY-MM`.
 */
month: string, value: CellView, };

export type SeriesView = { category: CategoryView, points: Array<PointView>, };

/**
 * A line chart: months across, one line per category, plus the monthly totals.
 */
export type LineChartView = { dimension: CategoryView, months: Array<string>, series: Array<SeriesView>, totals: SeriesView, };

/**
 * Everything the Reports screen shows for one report, in one language.
 */
export type ReportView = { 
/**
 * The publication period: `YYYY-MM`, `FYyyyy-Qn` or `FYyyyy`.
 */
period: string, dimensions: Array<CategoryView>, k: number, 
/**
 * What the `X` marker means.
 */
suppressed_label: string, tables: Array<TableView>, 
/**
 * For a one-dimension report; `None` with two dimensions.
 */
bar: BarChartView | null, 
/**
 * For a one-dimension report; `None` with two dimensions.
 */
line: LineChartView | null, };

/**
 * The Reports screen's choices as the UI sends them.
 */
export type ReportRequest = { 
/**
 * The publication period: `YYYY-MM`, `FYyyyy-Qn` or `FYyyyy`.
 */
period: string, 
/**
 * A dimension id (`concern`, `service`, …).
 */
dimension: string, 
/**
 * A second dimension id, or empty for none.
 */
second: string, };

/**
 * The periods offered, newest first within each kind, labelled in the staff language.
 */
export type PeriodChoices = { fiscal_years: Array<CategoryView>, quarters: Array<CategoryView>, months: Array<CategoryView>, };

/**
 * Everything the Reports screen shows.
 */
export type ReportScreen = { 
/**
 * False when the log cannot be read (then nothing else is filled in).
 */
available: boolean, 
/**
 * The publication periods offered: fiscal years, their quarters, months.
 */
periods: PeriodChoices, 
/**
 * The dimensions offered, labelled in the staff language.
 */
dimensions: Array<CategoryView>, 
/**
 * The choices the report was made with (the defaults when the UI sent none).
 */
request: ReportRequest, 
/**
 * Live records in the period.
 */
records: number, report: ReportView | null, };

/**
 * The outcome of an export as the UI shows it.
 */
export type ExportOutcome = { "kind": "saved", path: string, 
/**
 * Live records the exported statistics count.
 */
records: number, } | { "kind": "cancelled" } | { "kind": "failed", detail: string, };

/**
 * How hard a case is.
 */
export type Difficulty = "intro" | "intermediate" | "advanced";

/**
 * A route of the flow (a system of the documents) that cases must cover, each at least once.
 */
export type TrainingRoute = "trafficking" | "sexual_crime_8103" | "child_189" | "one_stop" | "iom_return" | "immigration" | "labour" | "residence" | "discrimination" | "online_images" | "domestic_violence" | "emergency" | "unknown_answers";

/**
 * A case as the trainer's list shows it.
 */
export type CaseSummary = { id: string, 
/**
 * In the staff language, else English, else Japanese.
 */
title: string, difficulty: Difficulty, difficulty_label: string, routes: Array<TrainingRoute>, languages: Array<string>, };

/**
 * The trainer's list of cases.
 */
export type TrainingCases = { 
/**
 * "Training cases (n)", in the staff language.
 */
heading: string, cases: Array<CaseSummary>, };

/**
 * A text with the locale it came from (`fallback`: it was missing in the one asked for).
 */
export type LocalizedText = { text: string, lang: string, fallback: boolean, };

/**
 * A vignette in one language, with its label ("For the person playing the client (lang):").
 */
export type VignetteText = { label: string, text: LocalizedText, };

/**
 * The vignette screen of a training run: the case in the client language and in the staff one.
 */
export type TrainingStart = { case: string, 
/**
 * "Training case id (difficulty)", in the staff language.
 */
title: string, client: VignetteText, staff: VignetteText, };

/**
 * How the trainee dealt with emergencies.
 */
export type EmergencyStatus = "not_needed" | "handled_first" | "missed" | "not_first" | "unneeded";

/**
 * The numbers of a run: what a store keeps of it.
 */
export type Score = { expected: number, hit: number, missed: number, 
/**
 * Referrals given that the case says must not be.
 */
must_not: number, 
/**
 * Referrals given that the case does not expect, but that do no harm.
 */
extra: number, emergency_ok: boolean, 
/**
 * Nothing missed, nothing forbidden given, emergencies handled.
 */
passed: boolean, };

/**
 * A service in the debrief, named in the staff language.
 */
export type ServiceLine = { service: string, name: string, };

export type EmergencyView = { status: EmergencyStatus, ok: boolean, 
/**
 * What happened, in the staff language.
 */
text: string, needed: Array<ServiceLine>, };

export type MatteredView = { question: string, 
/**
 * The question, in the staff language.
 */
text: string, 
/**
 * The case's answer, in the staff language.
 */
answer: string, lost: Array<ServiceLine>, gained: Array<ServiceLine>, priority_changed: Array<ServiceLine>, trainee_matched: boolean, };

export type WhyView = { rule: string, 
/**
 * The rule's reason, in the staff language.
 */
text: string, sources: Array<string>, };

/**
 * An expected referral, with why the rules give it and whether the trainee gave it.
 */
export type ExpectedView = { service: string, name: string, priority: "emergency" | "urgent" | "standard" | null, priority_label: string, given: boolean, why: Array<WhyView>, 
/**
 * The directory entry's own sources.
 */
service_sources: Array<string>, };

/**
 * Everything the debrief screen needs.
 */
export type DebriefView = { case: string, difficulty: Difficulty, difficulty_label: string, staff_lang: string, client_lang: string, 
/**
 * In the client language (it falls back, and says so, when the case lacks that language).
 */
vignette: LocalizedText, 
/**
 * Teaching notes, in the staff language (falling back to `en`, then `ja`).
 */
notes: LocalizedText, hit: Array<ServiceLine>, missed: Array<ServiceLine>, must_not: Array<ServiceLine>, extra: Array<ServiceLine>, emergency: EmergencyView, mattered: Array<MatteredView>, expected: Array<ExpectedView>, score: Score, 
/**
 * The score as a sentence, in the staff language.
 */
score_text: string, 
/**
 * "Passed" or "review", in the staff language.
 */
verdict: string, };

/**
 * The debrief of a training run, and whether its result was saved to the log.
 */
export type TrainingDebrief = { view: DebriefView, title: string, saved: boolean, 
/**
 * "The result of this run was saved to …", in the staff language; empty when not saved.
 */
saved_text: string, };

/**
 * The settings in force as the form shows them, defaults filled in.
 */
export type SettingsForm = { 
/**
 * Empty when no label is set.
 */
desk: string, staff_lang: string, client_lang: string, idle_seconds: number, retention_years: number, review_months: number, };

/**
 * The form as staff filled it in. Numbers come as typed, so that anything that is not a whole
 * number in range is refused here, by its field.
 */
export type SettingsRequest = { 
/**
 * Empty (or blank) for no label.
 */
desk: string, staff_lang: string, client_lang: string, idle_seconds: string, retention_years: string, review_months: string, };

/**
 * Which language setting a [`SettingsError::Language`] is about.
 */
export type LanguageKey = "staff_lang" | "client_lang";

/**
 * A setting refused, by field: the UI shows `settings-error-<field>` beside the field, and the
 * file keeps what it held.
 */
export type SettingsError = { "field": "desk", value: string, detail: string, } | { "field": "idle", value: string, } | { "field": "retention", value: string, } | { "field": "review", value: string, } | { "field": "retention_not_confirmed", value: string, } | { "field": "language", key: LanguageKey, value: string, } | { "field": "write", path: string, detail: string, };

/**
 * The referral log's state.
 */
export type LogView = { path: string, 
/**
 * Whether consultations can be saved and old records deleted.
 */
writable: boolean, 
/**
 * Records in the log, live and training; `None` when the log is closed or unreadable.
 */
records: number | null, 
/**
 * What SQLite said when the log could not be read (it is open, but counting failed).
 */
error: string | null, };

/**
 * What a purge deletes (preview) or deleted; sent back as what the desk confirmed.
 */
export type PurgeCounts = { 
/**
 * Records of days before this one (`YYYY-MM-DD`) are deleted.
 */
cutoff: string, 
/**
 * Live and training records.
 */
records: number, training_results: number, };

/**
 * Why a purge was refused: the UI words each kind.
 */
export type PurgeError = { "kind": "log_closed" } | { "kind": "changed", now: PurgeCounts, } | { "kind": "failed", detail: string, } | { "kind": "cancelled" };

/**
 * The site override file as the running app read it at startup.
 */
export type OverrideStatus = { "status": "absent" } | { "status": "loaded", local: Array<CategoryView>, changed: Array<CategoryView>, } | { "status": "invalid", errors: Array<string>, kinds: Array<string>, };

export type OverrideView = { path: string, status: OverrideStatus, 
/**
 * Whether the file is there now (it may have been created since startup, and is read at
 * the next start): the Settings screen offers to create it from the example only if not.
 */
exists: boolean, };

/**
 * How much content a check found valid.
 */
export type DataCounts = { questions: number, rules: number, 
/**
 * Shipped and local services.
 */
services: number, 
/**
 * Locales staff can choose.
 */
languages: number, };

/**
 * The result of validating the shipped data with the site override file.
 */
export type DataCheck = { 
/**
 * `None` when the content could not be loaded at all.
 */
counts: DataCounts | null, 
/**
 * Every problem, each with its file and line where known; empty when all checks passed.
 * Translation gaps (which do not stop the app) are among them, as `madoguchi validate`
 * reports them.
 */
errors: Array<string>, 
/**
 * The `ui-override-error-*` messages of the kinds of error among them.
 */
kinds: Array<string>, };

/**
 * The Settings screen.
 */
export type SettingsScreen = { settings: SettingsForm, settings_path: string, data_dir: string, log: LogView, 
/**
 * What a purge with the saved retention would delete today; `None` when the log is closed
 * or unreadable.
 */
purge: PurgeCounts | null, override_file: OverrideView, 
/**
 * The check made at startup, of the content in use.
 */
check: DataCheck, 
/**
 * Directory entries assured longer ago than the review interval (issue 17).
 */
review_due: number, };

/**
 * The version and the data's date, as the About text shows them.
 */
export type About = { version: string, data_date: string, };

/**
 * What kind of failure it is; the Settings screen acts on its own kinds.
 */
export type ErrorKind = { "kind": "request" } | { "kind": "no_content" } | { "kind": "log" } | { "kind": "save" } | { "kind": "settings", fields: Array<SettingsError>, } | { "kind": "purge", purge: PurgeError, } | { "kind": "desktop" };

/**
 * Why a command did not do what was asked.
 */
export type CommandError = { 
/**
 * A message id of `ui.ftl`, shown in the staff language.
 */
message: string, 
/**
 * The technical detail, shown apart (may be empty).
 */
detail: string, } & ({ "kind": "request" } | { "kind": "no_content" } | { "kind": "log" } | { "kind": "save" } | { "kind": "settings", fields: Array<SettingsError>, } | { "kind": "purge", purge: PurgeError, } | { "kind": "desktop" });
