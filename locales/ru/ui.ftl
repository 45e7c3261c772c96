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

## Directory screen

directory-open-now = Открыто сейчас (круглосуточно или онлайн)
directory-open-unknown = Неизвестно — проверьте часы
directory-origin-shipped = Стандартный
directory-origin-overridden = Изменено этим пунктом
directory-origin-local = Добавлено этим пунктом

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
