### Общие тексты экрана и терминала — русский (ru); эталонная локаль — ja

option-unknown = Не знаю / не хочу отвечать
priority-emergency = Экстренно
priority-urgent = Срочно
priority-standard = Обычно
local-service-hours = Часы работы уточните в сведениях этого пункта консультаций.
local-service-expect = Местная служба, которую этот пункт консультаций добавил в список сам.
check-before-use = Проверьте перед использованием: сведения устарели или не подтверждены.
list-separator = { ", " }
locale-status-reference = Эталонный язык
locale-status-reviewed = Проверенный перевод
locale-status-draft = Черновой перевод (не проверен)
assured-on = Дата проверки: { $date }
contact-in-person-local = Лично в ближайшее отделение (зависит от местности)
language-fit-native = Есть контакт, где говорят на языке: { $language }
language-fit-interpreter = Служба предоставляет переводчика (например, трёхсторонний звонок), поэтому можно использовать язык: { $language }
language-fit-unknown = Источники не сообщают, можно ли использовать язык: { $language }
language-fit-none = На языке { $language } не обслуживают (по источникам — только на других языках)
language-fit-contact = На языке { $language } сначала обращайтесь по этому контакту
language-fit-advice = Если язык { $language } использовать нельзя, сотрудник позвонит вместе с вами и объяснит по-японски. Если служба предоставляет переводчика (например, трёхсторонний звонок), попросите об этом.
ui-card-language-fit = Поддержка языка
directory-fit-language = Язык обратившегося (показана поддержка этого языка)

## madoguchi walk

walk-title = Ход консультации (сотрудник: { $staff } / обратившийся: { $client })
walk-choose-one = Введите номер.
walk-choose-many = Введите все подходящие номера через пробел.
walk-back-hint = Введите 0, чтобы вернуться к предыдущему вопросу.
walk-invalid = Этот номер выбрать нельзя. Введите ещё раз.
walk-progress = Вопрос { $number }
walk-results = Куда обратиться
walk-no-referrals = Подходящих служб нет.
walk-why = Почему
walk-source = Источник
walk-hours = Часы работы
walk-ended = Ввод закончился, поэтому консультация прервана. Ничего не сохранено.

## madoguchi route (для чтения человеком)

route-heading = Куда обратиться ({ $count ->
    [one] { $count } служба
    [few] { $count } службы
    [many] { $count } служб
   *[other] { $count } службы
})
route-rules = Основание (правила): { $rules }

## Настольное приложение

ui-strip-label = Экстренные номера
ui-strip-police = Полиция 110
ui-strip-ambulance = Скорая помощь и пожарные 119
ui-hide = Скрыть экран
ui-keys-help = Цифровые клавиши 1–9 выбирают ответ. Backspace или Alt+← — назад. Дважды нажмите Esc, чтобы сразу очистить экран и удалить консультацию.
ui-start-title = Начать консультацию
ui-start-staff-lang = Язык сотрудника
ui-start-client-lang = Язык обратившегося
ui-start-mode = Вид консультации
ui-mode-live = Настоящая консультация
ui-mode-training = Обучение (не входит в статистику)
ui-start-privacy = Ничего не записывается, пока вы не нажмёте «Сохранить». Сохраняются только категории, по которым нельзя узнать человека.
ui-start-begin = Начать консультацию
app-progress = Вопрос { $number } из примерно { $total }
ui-choose-many = Выберите всё, что подходит, и нажмите «Далее».
ui-back = Назад
ui-error-title = Это действие не удалось выполнить
ui-error-detail = Подробности (для ответственного сотрудника):
ui-error-back = Вернуться на начальный экран
ui-next = Далее
ui-emergency-title = Позвоните сейчас
ui-result-title = Куда обратиться
ui-result-none = По этим ответам направлений нет.
ui-result-answers = Данные ответы
ui-result-slip = Показать лист направления
ui-result-save = Сохранить и завершить
ui-card-contact = Контакт
ui-contact-open-failed = Этот компьютер не смог это открыть. Наберите или введите показанное вручную.
ui-card-hours = Часы работы
ui-card-free-call = Стоимость звонка
ui-free-call-yes = Бесплатно
ui-free-call-no = Платно
ui-free-call-partly = Частично бесплатно
ui-free-call-unconfirmed = Не подтверждено
ui-card-anonymous = Анонимное обращение
ui-anonymous-yes = Можно
ui-anonymous-no = Невозможно
ui-anonymous-partly = Зависит от случая
ui-anonymous-unconfirmed = Не подтверждено
ui-card-languages = Языки
ui-languages-unconfirmed = (языки не подтверждены)
ui-card-expect = Что вас ждёт
ui-card-why = Почему это направление
ui-card-source = Источник:
ui-card-checked = Данные проверены
ui-slip-title = Лист направления
ui-slip-intro = Вы можете обратиться в указанные ниже места. Платный ли звонок и можно ли не называть своё имя, указано для каждого места.
ui-slip-print = Печать
ui-save-title = Сохранить запись
ui-save-training = Сохраняется как учебная запись. В статистику не входит.
ui-save-privacy = Имя, контакты, адрес, дата рождения и произвольный текст не сохраняются.
ui-save-outcome = Итог
ui-outcome-referred = Направлен(а)
ui-outcome-referred_with_handover = Направлен(а) и передан(а)
ui-outcome-information_only = Только информация
ui-outcome-client_declined = Обратившийся отказался
ui-outcome-interrupted = Прервано
ui-save-interpreter = Был переводчик
ui-save-consent = Обратившийся согласился на передачу
ui-save-region = Регион гражданства (для статистики; страна не записывается)
ui-region-none = Нет ответа / неизвестно
ui-region-east_asia = Восточная Азия
ui-region-southeast_asia = Юго-Восточная Азия
ui-region-south_asia = Южная Азия
ui-region-central_asia = Центральная Азия
ui-region-middle_east = Ближний Восток
ui-region-europe = Европа
ui-region-north_america = Северная Америка
ui-region-latin_america = Латинская Америка
ui-region-africa = Африка
ui-region-oceania = Океания
ui-save-submit = Сохранить и очистить экран
ui-save-unavailable = Сохранить нельзя: файл журнала недоступен. Направления по-прежнему работают.
ui-save-error-consent = Для «передан(а)» нужно согласие обратившегося.
ui-save-error-no-referral = Направлений нет, поэтому «Направлен(а)» выбрать нельзя.
ui-save-error-data = Эту консультацию не удалось сохранить.
ui-save-error-log = Не удалось записать в файл журнала. Обратитесь к администратору.
ui-saved = Сохранено. Консультация удалена с экрана.
ui-blank-title = Экран скрыт
ui-new-consultation = Начать новую консультацию
ui-problem-file = Файл:
ui-problem-details = Найденные проблемы
ui-problem-todo = Что делать
ui-problem-continue = Понятно, продолжить
ui-problem-override-title = В файле местных настроек есть ошибки
ui-problem-override-what = Местные контакты, добавленные или изменённые этим окном, не загружены. Показаны только общенациональные контакты.
ui-problem-override-todo = Попросите администратора исправить строки выше (проверка: madoguchi validate --override ФАЙЛ). Затем перезапустите приложение.
ui-problem-settings-title = В файле настроек есть ошибки
ui-problem-settings-what = Файл настроек не прочитан; используются значения по умолчанию (например, очистка через 5 минут бездействия).
ui-problem-settings-todo = Попросите администратора исправить строки выше. Затем перезапустите приложение.
ui-problem-log-title = Записи нельзя сохранить
ui-problem-log-damaged = Файл журнала повреждён, поэтому открыт только для чтения.
ui-problem-log-not-a-log = На месте файла журнала лежит файл другой программы. Он открыт только для чтения.
ui-problem-log-newer-schema = Файл журнала создан более новой версией Madoguchi. Он открыт только для чтения.
ui-problem-log-unavailable = Файл журнала не удалось открыть.
ui-problem-log-todo = Консультации и направления работают, но сохранить ничего нельзя. Не удаляйте файл; обратитесь к администратору — он перенесёт файл в надёжное место и перезапустит приложение.
ui-problem-data-title = Данные приложения повреждены
ui-problem-data-what = Встроенные данные не прошли проверку, поэтому начать консультацию нельзя.
ui-problem-data-todo = Переустановите приложение. Если не поможет, обратитесь к администратору.

## Training

train-title = Учебный случай: { $case } ({ $difficulty })
train-vignette = Для человека, играющего роль клиента ({ $lang }):
train-start = Теперь проведите консультацию как обычно.
train-debrief = Разбор
train-score = Дано ожидаемых направлений: { $hit } из { $expected }
train-hit = Дано, как ожидалось
train-missed = Пропущено
train-must-not = Дано, хотя нельзя
train-extra = Не нужно (без вреда)
train-none = (нет)
train-emergency = Экстренная ситуация
train-emergency-not-needed = Этот случай не требует экстренного направления, и оно не дано.
train-emergency-handled = Сделано в первую очередь: сначала спросили об опасности, и { $services } дано первым.
train-emergency-missed = Пропущено: этот случай требует в первую очередь { $services }.
train-emergency-not-first = { $services } дано, но об опасности не спросили первым.
train-emergency-unneeded = Дан экстренный номер, который этому случаю не нужен.
train-mattered = Вопросы, повлиявшие на направления
train-mattered-lost = Без этого ответа не хватало бы: { $services }
train-mattered-gained = Без этого ответа добавились бы: { $services }
train-mattered-priority = Без этого ответа изменился бы приоритет: { $services }
train-answer-differed = Ваш ответ отличался от случая.
train-expected = Почему каждое ожидаемое направление
train-given = дано
train-not-given = не дано
train-passed = Зачтено: ничего не пропущено, ничего лишнего не дано, экстренная ситуация учтена.
train-review = Разберите пункты выше вместе с тренером.
train-notes = Учебные примечания
train-list-heading = Учебные случаи ({ $count })
train-difficulty-intro = Начальный
train-difficulty-intermediate = Средний
train-difficulty-advanced = Продвинутый
train-saved = Результат этого учебного занятия сохранён в { $path } (отдельно от записей реальных консультаций; имена не сохраняются).
train-route-trafficking = Торговля людьми
train-route-sexual_crime_8103 = Сексуальное преступление (#8103)
train-route-child_189 = Жестокое обращение с детьми (189)
train-route-one_stop = Центр One-Stop
train-route-iom_return = Помощь МОМ в возвращении
train-route-immigration = Иммиграция
train-route-labour = Труд
train-route-residence = Статус проживания
train-route-discrimination = Дискриминация
train-route-online_images = Изображения в интернете
train-route-domestic_violence = Домашнее насилие
train-route-emergency = Экстренный случай (110/119)
train-route-unknown_answers = Неизвестные ответы

## Directory screen

directory-open-now = Открыто сейчас (круглосуточно или онлайн)
directory-open-unknown = Неизвестно — проверьте часы
directory-origin-shipped = Стандартный
directory-origin-overridden = Изменено этим пунктом
directory-origin-local = Добавлено этим пунктом
directory-title = Справочник служб
directory-search = Поиск (название или описание)
directory-concern = Проблема
directory-language = Язык
directory-any = Все
directory-free-call = Только бесплатный звонок
directory-anonymous = Только анонимно
directory-open-only = Только открытые сейчас
directory-shown = Показано служб
directory-none = Нет служб, подходящих под эти фильтры.
directory-reachable = Открыто сейчас
directory-sources = Источники
directory-confidence = Достоверность
directory-confidence-high = Высокая
directory-confidence-medium = Средняя
directory-confidence-low = Низкая
directory-confidence-unconfirmed = Не подтверждена
directory-serves = Для кого
directory-origin = Запись

# Records screen
records-title = Сохранённые записи
records-note = Только реальные консультации, сначала новые; учебные записи не показываются. В записи только категории: ничего, что позволяет узнать человека.
records-total = Записей
records-none = Сохранённых записей пока нет.
records-unavailable = Журнал не читается, поэтому записи показать нельзя.
records-referrals = Направлен в
records-no-referrals = Без направления
records-previous = Предыдущая страница
records-next = Следующая страница
records-page = Страница

# Reports screen: categories and dimensions the flow does not label
report-month = Месяц
report-total = Всего
report-unknown = Неизвестно
report-not-applicable = Не применимо (гражданин Японии)
report-no-service = Без направления
report-yes = Да
report-no = Нет
report-outcome-referred = Направлено
report-outcome-referred_with_handover = Направлено с передачей
report-outcome-information_only = Только информация
report-outcome-client_declined = Клиент отказался
report-outcome-interrupted = Прервано
report-region-east_asia = Восточная Азия
report-region-southeast_asia = Юго-Восточная Азия
report-region-south_asia = Южная Азия
report-region-central_asia = Центральная Азия
report-region-middle_east = Ближний Восток
report-region-europe = Европа
report-region-north_america = Северная Америка
report-region-latin_america = Латинская Америка
report-region-africa = Африка
report-region-oceania = Океания
report-dimension-age_group = Возрастная группа
report-dimension-gender = Пол
report-dimension-nationality = Гражданство
report-dimension-region = Регион гражданства
report-dimension-residence = Статус пребывания
report-dimension-concern = Проблема
report-dimension-danger = В опасности
report-dimension-service = Куда направлено
report-dimension-outcome = Результат
report-dimension-handover_consent = Согласие на передачу
report-dimension-interpreter = Переводчик
report-dimension-staff_lang = Язык сотрудника
report-dimension-client_lang = Язык клиента
report-dimension-desk = Пункт

## Reports screen

reports-title = Статистика
reports-note = Число реальных консультаций по месяцам; учебные консультации никогда не учитываются. Малые числа скрыты, а также все другие ячейки, по которым можно вычислить скрытое число.
reports-dimension = Считать по
reports-second-dimension = Затем разбить по
reports-no-second = Нет
reports-loading = Подсчёт…
reports-records = Консультаций за период
reports-empty = За этот период не сохранено ни одной консультации.
reports-unavailable = Журнал не читается, поэтому составить отчёт нельзя.
reports-bar-title = Весь период
reports-line-title = По месяцам
reports-line-note = Итог и категории с наибольшими числами. Разрыв линии означает скрытое число.
reports-table-title = Таблица
reports-export = Экспорт в CSV…
reports-export-dialog = Сохранить отчёт в файл CSV
reports-export-filter = Файл CSV
reports-exported = Сохранено в
reports-export-records = Учтено консультаций
reports-export-cancelled = Ничего не сохранено.
reports-export-failed = Не удалось сохранить отчёт:

## Settings screen

settings-title = Настройки
settings-note = Эти настройки хранятся только в папке данных этого компьютера.
settings-data-dir = Папка данных
settings-desk = Название пункта
settings-staff-lang = Язык сотрудника при запуске
settings-client-lang = Язык обратившегося при запуске
settings-idle = Очищать открытую консультацию, если столько секунд нет ввода
settings-retention = Срок хранения записей (лет)
settings-save = Сохранить настройки
settings-saved = Настройки сохранены.
settings-not-saved = Настройки не сохранены:
settings-error-idle = Время бездействия должно быть целым числом секунд от 2 до 3600.
settings-error-retention = Записи нужно хранить от 1 до 10 лет.
settings-error-language = Этот язык недоступен.
settings-error-write = Не удалось записать файл настроек:
settings-log = Журнал направлений
settings-log-writable = Работает: консультации можно сохранять.
settings-log-closed = Только для чтения: ничего нельзя сохранить или удалить (см. сообщение при запуске).
settings-log-records = Записей в журнале
settings-purge-title = Удаление старых записей
settings-purge-cutoff = Удаляются записи, сделанные до этого дня
settings-purge-count = Записей к удалению
settings-purge-training = Учебных результатов к удалению
settings-purge-button = Удалить старые записи…
settings-purge-yes = Да, удалить
settings-purge-no = Отмена
settings-purge-done = Удалено записей
settings-purge-nothing = Нет записей старше срока хранения.
settings-purge-failed = Не удалось удалить записи:
settings-purge-changed = Ничего не удалено: количество изменилось после проверки (например, сменилась дата). Проверьте новые числа и удалите ещё раз.
settings-override-title = Файл местных настроек
settings-override-path = Файл
settings-override-absent = Файла местных настроек нет: используется стандартный справочник.
settings-override-loaded = Прочитан, ошибок нет: используется.
settings-override-invalid = Есть ошибки, поэтому не используется: вместо него используется стандартный справочник. Исправьте эти строки и перезапустите приложение.
settings-override-local = Службы, добавленные этим пунктом
settings-override-changed = Службы, изменённые этим пунктом
settings-check-title = Проверка данных
settings-check-ok = Все проверки пройдены.
settings-check-failed = Найдены проблемы:
settings-check-questions = Вопросы
settings-check-rules = Правила
settings-check-services = Службы
settings-check-languages = Языки
settings-check-again = Проверить ещё раз
settings-check-restart = Изменённый файл местных настроек начнёт действовать после перезапуска приложения.
ui-keys-tools = На этом экране: Alt+D — справочник, Alt+R — сохранённые записи, Alt+T — статистика, Alt+S — настройки.

## Reports: fixed publication periods and hidden cells
report-hidden-legend = X: не показано. Меньше { $k } в каком-либо месяце финансового года (включая ноль) или скрыто, чтобы такое число нельзя было вычислить.
reports-period = Период
reports-period-fiscal-years = Финансовые годы (апрель — март)
reports-period-quarters = Кварталы
reports-period-months = Месяцы
reports-fiscal-year = ФГ { $year } (апрель–март)
reports-fiscal-quarter = ФГ { $year }, { $quarter }-й квартал
reports-period-note = Статистика публикуется только по месяцам, кварталам и финансовым годам: иначе скрытое число можно было бы вычислить, вычтя один период из другого.
ui-problem-log-empty = Файл журнала пуст (0 байт): его содержимое утрачено. Он не был превращён в новый журнал и открыт только для чтения.
ui-problem-log-cannot-write = В файл журнала или его папку здесь нельзя записывать (нет прав или диск только для чтения). Файл не повреждён; он открыт только для чтения.
ui-problem-log-cannot-write-todo = Консультации и направления работают, но сохранить ничего нельзя. Обратитесь к администратору, чтобы он разрешил запись в эту папку и файл и перезапустил приложение.
ui-problem-set-aside-title = Файл рядом с журналом перемещён
ui-problem-set-aside-what = Рядом с файлом журнала был временный файл (WAL или журнал отката), не принадлежащий этому журналу. Чтобы он не был записан в журнал, его не читали: он переименован и оставлен в той же папке. Журнал не изменён, сохранение работает.
ui-problem-set-aside-todo = Не удаляйте перемещённый файл. Обратитесь к администратору, чтобы выяснить, откуда он (журнал другого окна, резервная копия).
records-month = Месяц
settings-desk-code-help = Код, который координатор даёт этому пункту; сохраняется с каждой консультацией: например, «shinjuku-2f» или «window-3». Только строчные латинские буквы a–z, цифры (от 1 до 4) и дефисы. Никогда не имя человека.
settings-error-desk-code = Это не код пункта. Используйте строчные латинские буквы a–z, цифры и дефисы, не более 32 знаков, начиная с буквы или цифры, не менее 1 и не более 4 цифр (например, «window-3»). Имя человека не может быть кодом пункта.

## Native confirmations (Rust opens them; the page cannot answer)
settings-purge-dialog-title = Удалить старые записи?
settings-purge-dialog = Будут удалены записи ({ $records }) и результаты обучения ({ $training }) до { $cutoff }. Это нельзя отменить.
settings-purge-cancelled = Ничего не удалено.
settings-retention-dialog-title = Хранить записи меньше лет?
settings-retention-dialog = Записи будут храниться { $to } (лет) вместо { $from }. Тогда удаление старых записей удалит записи ({ $records }) и результаты обучения ({ $training }) до { $cutoff }.
settings-retention-dialog-uncounted = Записи будут храниться { $to } (лет) вместо { $from }. Тогда удаление старых записей удалит больше записей, чем раньше.
settings-retention-dialog-yes = Да, сократить срок
settings-error-retention_not_confirmed = Срок хранения не сокращён (в подтверждении выбрано «Отмена»); ничего не сохранено.

## Site override errors, by kind (the lines below them give file:line and the detail)
ui-override-error-emergency = Экстренные службы, такие как 110 и 119, нельзя изменить этим файлом. Удалите эти записи.
ui-override-error-duplicate = Одна и та же служба (id) записана дважды. Оставьте одну.
ui-override-error-entry = Неверны id, контакт (телефон, короткий номер, адрес https), название (label) или языки службы.
ui-override-error-encoding = Файл сохранён не в UTF-8. Сохраните его заново в UTF-8.

## coord
card-japanese-only = (только на японском)
directory-review-due = Не проверялось больше { $months } мес.: уточните номер и часы работы.
settings-review = Интервал проверки справочника (месяцы)
settings-error-review = Интервал проверки — от 1 до 60 месяцев.
settings-review-due = Записей, проверенных раньше интервала
settings-review-help = Выгрузите список командой madoguchi directory review --out review.csv; запишите результаты в файл переопределений с --apply.
settings-override-create = Создать файл переопределений из примера
settings-override-created = Файл создан из примера с комментариями. Отредактируйте его, нажмите «Проверить ещё раз» и перезапустите приложение.
settings-override-create-failed = Не удалось создать файл переопределений:
override-error-line = { $file }:{ $line }: { $message }
override-error-syntax = Эту строку нельзя прочитать как TOML. Проверьте незакрытые ", [ ] или { "{" } { "}" } и запись «=».
override-error-unknown-key = Ключа { $key } нет. Ключи записи: { $keys }
override-error-value = Значение { $value } поля «{ $field }» нельзя использовать. { $choices ->
    [none] См. пример data/site-override.example.toml.
   *[other] Значения: { $choices }
}
override-error-missing = У службы «{ $id }» не хватает: { $fields }
override-error-date = { $value } — не дата: пишите год-месяц-день, например 2026-04-01.
override-error-duplicate = Служба { $id } есть также в строке { $first } этого файла. Оставьте одну.
override-error-emergency = «{ $id }» — экстренная служба (110, 119): этот файл не может её менять. Удалите эту запись.
override-error-emergency-with = Служба «{ $id }»: рядом с экстренной службой «{ $with }» ничего указывать нельзя (refer_with).
override-error-contact = Контакт { $number } службы «{ $id }», { $value }, — не { $kind ->
    [phone] номер телефона (например, 03-1234-5678).
    [dial] короткий номер (например, 110 или #8103).
    [web] адрес, начинающийся с https://.
    [email] адрес эл. почты.
   *[other] «local» (ближайшее окно).
}
override-error-empty = Служба «{ $id }»: поле «{ $field }» пустое.
override-error-label = Название (label) службы «{ $id }» { $problem ->
    [empty] пустое.
    [long] длиннее { $max } символов.
   *[other] содержит управляющий символ.
}
override-error-text = Служба «{ $id }», «{ $field }»: { $problem ->
    [no-ja] нет японского (ja). Японский показывается вместо любого ненаписанного языка, поэтому он обязателен.
    [language] «{ $lang }» — не язык приложения. Языки: { $langs }
    [empty] текст «{ $lang }» пустой.
    [long] текст «{ $lang }» слишком длинный.
    [both] указаны и label, и name; оставьте name.
   *[other] текст «{ $lang }» содержит управляющий символ.
}
override-error-note = Заметка { $note } контакта { $number } службы «{ $id }» — не текст приложения. Чтобы написать своими словами: note = { "{" } ja = "平日のみ", ru = "Только по будням" { "}" }
override-error-shipped-local = Служба «{ $id }» входит в приложение: label и refer_with — только для служб, добавленных окном.
override-error-assured-by = Служба «{ $id }»: дате проверки (assured_date) нужен assured_by — источник (один из sources), по которому проверяли.
override-error-service-id = { $id } не может быть id: строчная буква, затем до 63 строчных букв, цифр или «_».
override-error-local-needs = Служба «{ $id }» не входит в приложение: добавленной службе нужны name (или label) и refer_with.
override-error-encoding = Файл сохранён не в UTF-8 ({ $byte } в байте { $offset }). Сохраните его заново в UTF-8.
override-error-refer-with = Служба «{ $id }»: refer_with «{ $with }» — не служба приложения.
override-error-serves = Служба «{ $id }»: в serves указан неизвестный факт или значение.
override-error-source = Служба «{ $id }»: { $source ->
    [none] нет источника (sources).
   *[other] источник { $source } — не адрес https:// и не строка документа.
}
override-error-language = Служба «{ $id }», язык «{ $lang }»: { $problem ->
    [tag] код языка записан неверно (например, vi, pt, fil).
    [unbacked] ни один контакт на нём не говорит, и перевода нет.
   *[other] его нет в languages службы; добавьте.
}

## Command errors (the headline of the error screen; the technical detail follows apart)
ui-error-request = У приложения запросили то, чего в нём нет (язык, вопрос, ответ, случай, период или фильтр).
ui-error-no-content = Встроенные данные приложения не прошли проверку, поэтому это нельзя показать.
ui-error-log = Не удалось прочитать или записать файл журнала.
ui-error-settings = Некоторые настройки не приняты, поэтому ничего не сохранено.
ui-error-desktop = Этот компьютер не смог это сделать (диалог, печать или программа, чтобы открыть).

## uistate: the error screen (what happened when Rust gave no message of its own; Retry)
ui-error-generic = Внутри приложения произошла непредвиденная ошибка.
ui-error-todo = Нажмите «Повторить» или вернитесь на начальный экран. Если это повторяется, покажите подробности ниже ответственному сотруднику.
ui-error-retry = Повторить

## l10n
# A small mark beside a client-language text nobody has reviewed yet.
ui-draft-marker = Непроверенный перевод
# The footer of the slip in a language that is a draft (shown in that language and in Japanese).
ui-slip-draft-footer = Этот лист переведён машинным переводом и не проверен. Если что-то непонятно, спросите сотрудника.

## About (package)
settings-about-title = О программе Madoguchi
settings-about-version = Версия
settings-about-data-date = Данные справочника на дату (последний подтверждённый источник)
