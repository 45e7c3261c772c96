### Спільні тексти екрана й термінала — українська (uk); еталонна локаль — ja

option-unknown = Не знаю / не хочу відповідати
priority-emergency = Екстрено
priority-urgent = Терміново
priority-standard = Звичайно
local-service-hours = Години роботи уточніть у відомостях цього пункту консультацій.
local-service-expect = Місцева служба, яку цей пункт консультацій сам додав до списку.
check-before-use = Перевірте перед використанням: відомості застарілі або не підтверджені.
list-separator = { ", " }
locale-status-reference = Еталонна мова
locale-status-reviewed = Перевірений переклад
locale-status-draft = Чорновий переклад (не перевірено)
assured-on = Дата перевірки: { $date }
contact-in-person-local = Особисто до найближчого відділення (залежить від місцевості)
language-fit-native = Є контакт, де розмовляють мовою: { $language }
language-fit-interpreter = Служба надає перекладача (наприклад, трибічний дзвінок), тож можна користуватися мовою: { $language }
language-fit-unknown = Джерела не вказують, чи можна користуватися мовою: { $language }
language-fit-none = Мовою { $language } не обслуговують (за джерелами — лише іншими мовами)
language-fit-contact = Мовою { $language } спершу звертайтеся за цим контактом
language-fit-advice = Якщо мовою { $language } скористатися не можна, працівник зателефонує разом із вами й пояснить японською. Якщо служба надає перекладача (наприклад, трибічний дзвінок), попросіть про це.
ui-card-language-fit = Підтримка мови
directory-fit-language = Мова особи, що звернулася (показано підтримку цієї мови)

## madoguchi walk

walk-title = Хід консультації (працівник: { $staff } / відвідувач: { $client })
walk-choose-one = Введіть номер.
walk-choose-many = Введіть усі відповідні номери через пробіл.
walk-back-hint = Введіть 0, щоб повернутися до попереднього запитання.
walk-invalid = Цей номер вибрати не можна. Введіть ще раз.
walk-progress = Запитання { $number }
walk-results = Куди звернутися
walk-no-referrals = Відповідних служб немає.
walk-why = Чому
walk-source = Джерело
walk-hours = Години роботи
walk-ended = Введення закінчилося, тому консультацію перервано. Нічого не збережено.

## madoguchi route (для читання людиною)

route-heading = Куди звернутися ({ $count ->
    [one] { $count } служба
    [few] { $count } служби
    [many] { $count } служб
   *[other] { $count } служби
})
route-rules = Підстава (правила): { $rules }

## Настільний застосунок

ui-strip-label = Екстрені номери
ui-strip-police = Поліція 110
ui-strip-ambulance = Швидка допомога і пожежники 119
ui-hide = Сховати екран
ui-keys-help = Цифрові клавіші 1–9 вибирають відповідь. Backspace або Alt+← — назад. Двічі натисніть Esc, щоб одразу очистити екран і видалити консультацію.
ui-start-title = Почати консультацію
ui-start-staff-lang = Мова працівника
ui-start-client-lang = Мова особи, що звернулася
ui-start-mode = Вид консультації
ui-mode-live = Справжня консультація
ui-mode-training = Навчання (не входить до статистики)
ui-start-privacy = Нічого не записується, доки ви не натиснете «Зберегти». Зберігаються лише категорії, за якими не можна впізнати людину.
ui-start-begin = Почати консультацію
app-progress = Питання { $number } з приблизно { $total }
ui-choose-many = Виберіть усе, що підходить, і натисніть «Далі».
ui-back = Назад
ui-error-title = Цю дію не вдалося виконати
ui-error-detail = Подробиці (для відповідальної особи):
ui-error-back = Повернутися на початковий екран
ui-next = Далі
ui-emergency-title = Телефонуйте зараз
ui-result-title = Куди звернутися
ui-result-none = За цими відповідями направлень немає.
ui-result-answers = Надані відповіді
ui-result-slip = Показати лист направлення
ui-result-save = Зберегти і завершити
ui-card-contact = Контакт
ui-contact-open-failed = Цей комп'ютер не зміг це відкрити. Наберіть або введіть показане вручну.
ui-card-hours = Години роботи
ui-card-free-call = Вартість дзвінка
ui-free-call-yes = Безкоштовно
ui-free-call-no = Платно
ui-free-call-partly = Частково безкоштовно
ui-free-call-unconfirmed = Не підтверджено
ui-card-anonymous = Анонімне звернення
ui-anonymous-yes = Можна
ui-anonymous-no = Неможливо
ui-anonymous-partly = Залежить від випадку
ui-anonymous-unconfirmed = Не підтверджено
ui-card-languages = Мови
ui-languages-unconfirmed = (мови не підтверджено)
ui-card-expect = Чого очікувати
ui-card-why = Чому це направлення
ui-card-source = Джерело:
ui-card-checked = Дані перевірено
ui-slip-title = Лист направлення
ui-slip-intro = Ви можете звернутися до зазначених нижче місць. Чи платний дзвінок і чи можна не називати свого імені, зазначено для кожного місця.
ui-slip-print = Друкувати
ui-save-title = Зберегти запис
ui-save-training = Зберігається як навчальний запис. До статистики не входить.
ui-save-privacy = Ім'я, контакти, адреса, дата народження і довільний текст не зберігаються.
ui-save-outcome = Підсумок
ui-outcome-referred = Направлено
ui-outcome-referred_with_handover = Направлено і передано
ui-outcome-information_only = Лише інформація
ui-outcome-client_declined = Особа відмовилася
ui-outcome-interrupted = Перервано
ui-save-interpreter = Був перекладач
ui-save-consent = Особа погодилася на передачу
ui-save-region = Регіон громадянства (для статистики; країна не записується)
ui-region-none = Немає відповіді / невідомо
ui-region-east_asia = Східна Азія
ui-region-southeast_asia = Південно-Східна Азія
ui-region-south_asia = Південна Азія
ui-region-central_asia = Центральна Азія
ui-region-middle_east = Близький Схід
ui-region-europe = Європа
ui-region-north_america = Північна Америка
ui-region-latin_america = Латинська Америка
ui-region-africa = Африка
ui-region-oceania = Океанія
ui-save-submit = Зберегти й очистити екран
ui-save-unavailable = Зберегти неможливо: файл журналу недоступний. Направлення й надалі працюють.
ui-save-error-consent = Для «передано» потрібна згода особи.
ui-save-error-no-referral = Направлень немає, тому «Направлено» вибрати не можна.
ui-save-error-data = Цю консультацію не вдалося зберегти.
ui-save-error-log = Не вдалося записати у файл журналу. Зверніться до адміністратора.
ui-saved = Збережено. Консультацію видалено з екрана.
ui-blank-title = Екран сховано
ui-new-consultation = Почати нову консультацію
ui-problem-file = Файл:
ui-problem-details = Знайдені проблеми
ui-problem-todo = Що робити
ui-problem-continue = Зрозуміло, продовжити
ui-problem-override-title = У файлі місцевих налаштувань є помилки
ui-problem-override-what = Місцеві контакти, які це вікно додало або змінило, не завантажено. Показано лише загальнонаціональні контакти.
ui-problem-override-todo = Попросіть адміністратора виправити рядки вище (перевірка: madoguchi validate --override ФАЙЛ). Потім перезапустіть застосунок.
ui-problem-settings-title = У файлі налаштувань є помилки
ui-problem-settings-what = Файл налаштувань не прочитано; використовуються типові значення (наприклад, очищення після 5 хвилин бездіяльності).
ui-problem-settings-todo = Попросіть адміністратора виправити рядки вище. Потім перезапустіть застосунок.
ui-problem-log-title = Записи неможливо зберегти
ui-problem-log-damaged = Файл журналу пошкоджено, тому його відкрито лише для читання.
ui-problem-log-not-a-log = На місці файлу журналу лежить файл іншої програми. Його відкрито лише для читання.
ui-problem-log-newer-schema = Файл журналу створено новішою версією Madoguchi. Його відкрито лише для читання.
ui-problem-log-unavailable = Файл журналу не вдалося відкрити.
ui-problem-log-todo = Консультації та направлення працюють, але зберегти нічого не можна. Не видаляйте файл; зверніться до адміністратора — він перенесе файл у надійне місце і перезапустить застосунок.
ui-problem-data-title = Дані застосунку пошкоджено
ui-problem-data-what = Вбудовані дані не пройшли перевірку, тому почати консультацію неможливо.
ui-problem-data-todo = Перевстановіть застосунок. Якщо не допоможе, зверніться до адміністратора.

## Training

train-title = Навчальний випадок: { $case } ({ $difficulty })
train-vignette = Для особи, що грає роль клієнта ({ $lang }):
train-start = Тепер проведіть консультацію як зазвичай.
train-debrief = Розбір
train-score = Надано очікуваних направлень: { $hit } з { $expected }
train-hit = Надано, як очікувалося
train-missed = Пропущено
train-must-not = Надано, хоча не можна
train-extra = Не потрібно (без шкоди)
train-none = (немає)
train-emergency = Екстрена ситуація
train-emergency-not-needed = Цей випадок не потребує екстреного направлення, і його не надано.
train-emergency-handled = Виконано першочергово: спершу запитано про небезпеку, і { $services } надано першим.
train-emergency-missed = Пропущено: цей випадок потребує насамперед { $services }.
train-emergency-not-first = { $services } надано, але про небезпеку не запитали першим.
train-emergency-unneeded = Надано екстрений номер, який цьому випадку не потрібен.
train-mattered = Питання, що вплинули на направлення
train-mattered-lost = Без цієї відповіді бракувало б: { $services }
train-mattered-gained = Без цієї відповіді додалося б: { $services }
train-mattered-priority = Без цієї відповіді змінився б пріоритет: { $services }
train-answer-differed = Ваша відповідь відрізнялася від випадку.
train-expected = Чому кожне очікуване направлення
train-given = надано
train-not-given = не надано
train-passed = Зараховано: нічого не пропущено, нічого зайвого не надано, екстрену ситуацію враховано.
train-review = Розберіть наведені вище пункти разом із тренером.
train-notes = Навчальні примітки
train-list-heading = Навчальні випадки ({ $count })
train-difficulty-intro = Початковий
train-difficulty-intermediate = Середній
train-difficulty-advanced = Поглиблений
train-saved = Результат цього навчального заняття збережено в { $path } (окремо від записів справжніх консультацій; імена не зберігаються).
train-route-trafficking = Торгівля людьми
train-route-sexual_crime_8103 = Сексуальний злочин (#8103)
train-route-child_189 = Жорстоке поводження з дітьми (189)
train-route-one_stop = Центр One-Stop
train-route-iom_return = Допомога МОМ у поверненні
train-route-immigration = Імміграція
train-route-labour = Праця
train-route-residence = Статус проживання
train-route-discrimination = Дискримінація
train-route-online_images = Зображення в інтернеті
train-route-domestic_violence = Домашнє насильство
train-route-emergency = Екстрений випадок (110/119)
train-route-unknown_answers = Невідомі відповіді

## Directory screen

directory-open-now = Відкрито зараз (цілодобово або онлайн)
directory-open-unknown = Невідомо — перевірте години
directory-origin-shipped = Стандартний
directory-origin-overridden = Змінено цим пунктом
directory-origin-local = Додано цим пунктом
directory-title = Довідник служб
directory-search = Пошук (назва або опис)
directory-concern = Проблема
directory-language = Мова
directory-any = Усі
directory-free-call = Лише безкоштовний дзвінок
directory-anonymous = Лише анонімно
directory-open-only = Лише відкриті зараз
directory-shown = Показано служб
directory-none = Немає служб, що відповідають цим фільтрам.
directory-reachable = Відкрито зараз
directory-sources = Джерела
directory-confidence = Достовірність
directory-confidence-high = Висока
directory-confidence-medium = Середня
directory-confidence-low = Низька
directory-confidence-unconfirmed = Не підтверджено
directory-serves = Для кого
directory-origin = Запис

# Records screen
records-title = Збережені записи
records-note = Лише справжні консультації, спершу нові; навчальні записи не показуються. Запис містить лише категорії: нічого, що дає змогу впізнати людину.
records-total = Записів
records-none = Збережених записів ще немає.
records-unavailable = Журнал не читається, тому записи показати неможливо.
records-referrals = Направлено до
records-no-referrals = Без направлення
records-previous = Попередня сторінка
records-next = Наступна сторінка
records-page = Сторінка

# Reports screen: categories and dimensions the flow does not label
report-month = Місяць
report-total = Усього
report-unknown = Невідомо
report-not-applicable = Не застосовується (громадянин Японії)
report-no-service = Без направлення
report-yes = Так
report-no = Ні
report-outcome-referred = Направлено
report-outcome-referred_with_handover = Направлено з передачею
report-outcome-information_only = Лише інформація
report-outcome-client_declined = Клієнт відмовився
report-outcome-interrupted = Перервано
report-region-east_asia = Східна Азія
report-region-southeast_asia = Південно-Східна Азія
report-region-south_asia = Південна Азія
report-region-central_asia = Центральна Азія
report-region-middle_east = Близький Схід
report-region-europe = Європа
report-region-north_america = Північна Америка
report-region-latin_america = Латинська Америка
report-region-africa = Африка
report-region-oceania = Океанія
report-dimension-age_group = Вікова група
report-dimension-gender = Стать
report-dimension-nationality = Громадянство
report-dimension-region = Регіон громадянства
report-dimension-residence = Статус перебування
report-dimension-concern = Проблема
report-dimension-danger = У небезпеці
report-dimension-service = Куди направлено
report-dimension-outcome = Результат
report-dimension-handover_consent = Згода на передачу
report-dimension-interpreter = Перекладач
report-dimension-staff_lang = Мова працівника
report-dimension-client_lang = Мова клієнта
report-dimension-desk = Пункт

## Reports screen

reports-title = Статистика
reports-note = Кількість справжніх консультацій за місяцями; навчальні заняття ніколи не враховуються. Малі числа приховано, а також будь-яку іншу клітинку, з якої можна обчислити приховане число.
reports-dimension = Рахувати за
reports-second-dimension = Потім розбити за
reports-no-second = Без додаткового поділу
reports-loading = Підрахунок…
reports-records = Консультацій за період
reports-empty = За цей період не збережено жодної консультації.
reports-unavailable = Журнал не читається, тому скласти статистику неможливо.
reports-bar-title = Увесь період
reports-line-title = По місяцях
reports-line-note = Загальна кількість і категорії з найбільшою кількістю. Розрив лінії означає приховане число.
reports-table-title = Таблиця
reports-export = Експортувати в CSV…
reports-export-dialog = Зберегти статистику як файл CSV
reports-export-filter = Файл CSV
reports-exported = Збережено в
reports-export-records = Враховано консультацій
reports-export-cancelled = Нічого не збережено.
reports-export-failed = Не вдалося зберегти статистику:

## Settings screen

settings-title = Налаштування
settings-note = Ці налаштування зберігаються лише в папці даних цього комп'ютера.
settings-data-dir = Папка даних
settings-desk = Назва пункту
settings-staff-lang = Мова працівника під час запуску
settings-client-lang = Мова особи, що звернулася, під час запуску
settings-idle = Очищати відкриту консультацію, якщо стільки секунд немає введення
settings-retention = Скільки років зберігати записи
settings-save = Зберегти налаштування
settings-saved = Налаштування збережено.
settings-not-saved = Налаштування не збережено:
settings-error-idle = Час бездіяльності має бути цілим числом секунд від 2 до 3600.
settings-error-retention = Записи треба зберігати від 1 до 10 років.
settings-error-language = Ця мова недоступна.
settings-error-write = Не вдалося записати файл налаштувань:
settings-log = Журнал консультацій
settings-log-writable = Працює: консультації можна зберігати.
settings-log-closed = Лише читання: нічого не можна зберегти чи видалити (див. повідомлення, показане під час запуску).
settings-log-records = Записів у журналі
settings-purge-title = Видалення старих записів
settings-purge-cutoff = Видаляються записи, зроблені до цієї дати
settings-purge-count = Записів до видалення
settings-purge-training = Результатів навчання до видалення
settings-purge-button = Видалити старі записи…
settings-purge-yes = Так, видалити
settings-purge-no = Скасувати
settings-purge-done = Видалено записів
settings-purge-nothing = Немає записів, старших за строк зберігання.
settings-purge-failed = Не вдалося видалити записи:
settings-purge-changed = Нічого не видалено: кількість змінилася після перевірки (наприклад, змінилася дата). Перевірте нові числа й видаліть ще раз.
settings-override-title = Файл місцевих налаштувань
settings-override-path = Файл
settings-override-absent = Файлу місцевих налаштувань немає: використовується стандартний довідник.
settings-override-loaded = Прочитано, помилок немає: використовується.
settings-override-invalid = Містить помилки, тому не використовується: замість нього діє стандартний довідник. Виправте ці рядки, потім перезапустіть застосунок.
settings-override-local = Служби, додані цим пунктом
settings-override-changed = Служби, змінені цим пунктом
settings-check-title = Перевірка даних
settings-check-ok = Усі перевірки пройдено.
settings-check-failed = Знайдено проблеми:
settings-check-questions = Запитання
settings-check-rules = Правила
settings-check-services = Служби
settings-check-languages = Мови
settings-check-again = Перевірити ще раз
settings-check-restart = Змінений файл місцевих налаштувань почне діяти після перезапуску застосунку.
ui-keys-tools = На цьому екрані: Alt+D — довідник, Alt+R — збережені записи, Alt+T — статистика, Alt+S — налаштування.

## Reports: fixed publication periods and hidden cells
report-hidden-legend = X: не показано. Менше { $k } у якомусь місяці фінансового року (включно з нулем) або приховано, щоб таке число не можна було обчислити.
reports-period = Період
reports-period-fiscal-years = Фінансові роки (квітень — березень)
reports-period-quarters = Квартали
reports-period-months = Місяці
reports-fiscal-year = ФР { $year } (квітень–березень)
reports-fiscal-quarter = ФР { $year }, { $quarter }-й квартал
reports-period-note = Статистику публікують лише за місяцями, кварталами й фінансовими роками: інакше приховане число можна було б обчислити, віднявши один період від іншого.
ui-problem-log-empty = Файл журналу порожній (0 байтів): його вміст втрачено. Його не перетворено на новий журнал і відкрито лише для читання.
ui-problem-log-cannot-write = У файл журналу або його теку тут не можна записувати (немає прав або диск лише для читання). Файл не пошкоджений; його відкрито лише для читання.
ui-problem-log-cannot-write-todo = Консультації та направлення працюють, але зберегти нічого не можна. Зверніться до адміністратора, щоб він дозволив запис у цю теку й файл і перезапустив застосунок.
ui-problem-set-aside-title = Файл поруч із журналом переміщено
ui-problem-set-aside-what = Поруч із файлом журналу був тимчасовий файл (WAL або журнал відкату), що не належить цьому журналу. Щоб його не було записано в журнал, його не читали: його перейменовано й залишено в тій самій теці. Журнал не змінено, збереження працює.
ui-problem-set-aside-todo = Не видаляйте переміщений файл. Зверніться до адміністратора, щоб з’ясувати, звідки він (журнал іншого вікна, резервна копія).
records-month = Місяць
settings-desk-code-help = Код, який координатор дає цьому пункту; зберігається з кожною консультацією: наприклад, «shinjuku-2f» або «window-3». Лише малі латинські літери a–z, цифри (від 1 до 4) і дефіси. Ніколи не ім’я людини.
settings-error-desk-code = Це не код пункту. Використовуйте малі латинські літери a–z, цифри й дефіси, не більше 32 знаків, починаючи з літери чи цифри, щонайменше 1 і не більше 4 цифр (наприклад, «window-3»). Ім’я людини не може бути кодом пункту.

## Native confirmations (Rust opens them; the page cannot answer)
settings-purge-dialog-title = Видалити старі записи?
settings-purge-dialog = Буде видалено записи ({ $records }) і результати навчання ({ $training }) до { $cutoff }. Цього не можна скасувати.
settings-purge-cancelled = Нічого не видалено.
settings-retention-dialog-title = Зберігати записи менше років?
settings-retention-dialog = Записи зберігатимуться { $to } (років) замість { $from }. Тоді видалення старих записів видалить записи ({ $records }) і результати навчання ({ $training }) до { $cutoff }.
settings-retention-dialog-uncounted = Записи зберігатимуться { $to } (років) замість { $from }. Тоді видалення старих записів видалить більше записів, ніж раніше.
settings-retention-dialog-yes = Так, скоротити строк
settings-error-retention_not_confirmed = Строк зберігання не скорочено (у підтвердженні вибрано «Скасувати»); нічого не збережено.

## Site override errors, by kind (the lines below them give file:line and the detail)
ui-override-error-emergency = Екстрені служби, як-от 110 і 119, не можна змінити цим файлом. Видаліть ці записи.
ui-override-error-duplicate = Ту саму службу (id) записано двічі. Залиште одну.
ui-override-error-entry = Неправильні id, контакт (телефон, короткий номер, адреса https), назва (label) або мови служби.
ui-override-error-encoding = Файл збережено не в UTF-8. Збережіть його знову в UTF-8.

## coord
card-japanese-only = (лише японською)
directory-review-due = Не перевірялося понад { $months } міс.: уточніть номер і години роботи.
settings-review = Інтервал перевірки довідника (місяці)
settings-error-review = Інтервал перевірки — від 1 до 60 місяців.
settings-review-due = Записів, перевірених раніше за інтервал
settings-review-help = Вивантажте список командою madoguchi directory review --out review.csv; запишіть результати у файл перевизначень з --apply.
settings-override-create = Створити файл перевизначень із прикладу
settings-override-created = Файл створено з прикладу з коментарями. Відредагуйте його, натисніть «Перевірити ще раз» та перезапустіть застосунок.
settings-override-create-failed = Не вдалося створити файл перевизначень:
override-error-line = { $file }:{ $line }: { $message }
override-error-syntax = Цей рядок не читається як TOML. Перевірте незакриті ", [ ] або { "{" } { "}" } і запис «=».
override-error-unknown-key = Ключа { $key } немає. Ключі запису: { $keys }
override-error-value = Значення { $value } поля «{ $field }» не можна використати. { $choices ->
    [none] Див. приклад data/site-override.example.toml.
   *[other] Значення: { $choices }
}
override-error-missing = Службі «{ $id }» бракує: { $fields }
override-error-date = { $value } — не дата: пишіть рік-місяць-день, наприклад 2026-04-01.
override-error-duplicate = Служба { $id } є також у рядку { $first } цього файлу. Залиште одну.
override-error-emergency = «{ $id }» — екстрена служба (110, 119): цей файл не може її змінити. Видаліть цей запис.
override-error-emergency-with = Служба «{ $id }»: поруч з екстреною службою «{ $with }» нічого не можна вказувати (refer_with).
override-error-contact = Контакт { $number } служби «{ $id }», { $value }, — не { $kind ->
    [phone] номер телефону (наприклад, 03-1234-5678).
    [dial] короткий номер (наприклад, 110 або #8103).
    [web] адреса, що починається з https://.
    [email] адреса ел. пошти.
   *[other] «local» (найближче вікно).
}
override-error-empty = Служба «{ $id }»: поле «{ $field }» порожнє.
override-error-label = Назва (label) служби «{ $id }» { $problem ->
    [empty] порожня.
    [long] довша за { $max } символів.
   *[other] містить керівний символ.
}
override-error-text = Служба «{ $id }», «{ $field }»: { $problem ->
    [no-ja] немає японської (ja). Японська показується замість будь-якої ненаписаної мови, тому вона обов’язкова.
    [language] «{ $lang }» — не мова застосунку. Мови: { $langs }
    [empty] текст «{ $lang }» порожній.
    [long] текст «{ $lang }» задовгий.
    [both] є і label, і name; залиште name.
   *[other] текст «{ $lang }» містить керівний символ.
}
override-error-note = Примітка { $note } контакту { $number } служби «{ $id }» — не текст застосунку. Щоб написати своїми словами: note = { "{" } ja = "平日のみ", uk = "Лише в будні" { "}" }
override-error-shipped-local = Служба «{ $id }» входить до застосунку: label і refer_with — лише для служб, доданих вікном.
override-error-assured-by = Служба «{ $id }»: даті перевірки (assured_date) потрібен assured_by — джерело (одне з sources), за яким перевіряли.
override-error-service-id = { $id } не може бути id: мала літера, далі до 63 малих літер, цифр або «_».
override-error-local-needs = Служба «{ $id }» не входить до застосунку: доданій службі потрібні name (або label) і refer_with.
override-error-encoding = Файл збережено не в UTF-8 ({ $byte } у байті { $offset }). Збережіть його знову в UTF-8.
override-error-refer-with = Служба «{ $id }»: refer_with «{ $with }» — не служба застосунку.
override-error-serves = Служба «{ $id }»: у serves указано невідомий факт або значення.
override-error-source = Служба «{ $id }»: { $source ->
    [none] немає джерела (sources).
   *[other] джерело { $source } — не адреса https:// і не рядок документа.
}
override-error-language = Служба «{ $id }», мова «{ $lang }»: { $problem ->
    [tag] код мови записано неправильно (наприклад, vi, pt, fil).
    [unbacked] жоден контакт нею не розмовляє, і перекладу немає.
   *[other] її немає в languages служби; додайте.
}

## Command errors (the headline of the error screen; the technical detail follows apart)
ui-error-request = У застосунку запитали те, чого в ньому немає (мову, питання, відповідь, випадок, період або фільтр).
ui-error-no-content = Вбудовані дані застосунку не пройшли перевірку, тому це неможливо показати.
ui-error-log = Не вдалося прочитати або записати файл журналу.
ui-error-settings = Деякі налаштування не прийнято, тому нічого не збережено.
ui-error-desktop = Цей комп’ютер не зміг це зробити (діалог, друк або програма, щоб відкрити).

## uistate: the error screen (what happened when Rust gave no message of its own; Retry)
ui-error-generic = У застосунку сталася непередбачена помилка.
ui-error-todo = Натисніть «Спробувати ще раз» або поверніться на початковий екран. Якщо це повторюється, покажіть подробиці нижче відповідальній особі.
ui-error-retry = Спробувати ще раз

## l10n
# A small mark beside a client-language text nobody has reviewed yet.
ui-draft-marker = Неперевірений переклад
# The footer of the slip in a language that is a draft (shown in that language and in Japanese).
ui-slip-draft-footer = Цей аркуш перекладено машинним перекладом, і його не перевірено. Якщо щось незрозуміло, запитайте працівника.

## About (package)
settings-about-title = Про програму Madoguchi
settings-about-version = Версія
settings-about-data-date = Дані довідника станом на (останнє підтверджене джерело)
