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
ui-next = Далее
ui-emergency-title = Позвоните сейчас
ui-result-title = Куда обратиться
ui-result-none = По этим ответам направлений нет.
ui-result-answers = Данные ответы
ui-result-slip = Показать лист направления
ui-result-save = Сохранить и завершить
ui-card-contact = Контакт
ui-card-hours = Часы работы
ui-card-free-call = Стоимость звонка
ui-free-call-yes = Бесплатно
ui-free-call-no = Платно
ui-free-call-partly = Частично бесплатно
ui-free-call-unconfirmed = Не подтверждено
ui-card-anonymous = Анонимное обращение
ui-anonymous-yes = Возможно
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
ui-slip-intro = Вы можете обратиться в места, указанные ниже. Консультация бесплатная и конфиденциальная.
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

train-title = Учебный случай { $case } ({ $difficulty })
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
records-date = Дата
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
report-suppressed = Меньше { $k } (не показано)
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
