### 画面与终端的通用文本 — 简体中文 (zh-CN)

option-unknown = 不知道/不想回答
priority-emergency = 紧急
priority-urgent = 尽快
priority-standard = 一般
local-service-hours = 受理时间请查看本窗口的说明。
local-service-expect = 这是本窗口自行登记的本地咨询机构。
check-before-use = 使用前请确认：信息较旧，或尚未经过确认。
list-separator = { "、" }
locale-status-reference = 参照语言
locale-status-reviewed = 已审校的翻译
locale-status-draft = 翻译草稿（尚未审校）
assured-on = 确认日期：{ $date }
contact-in-person-local = 直接前往最近的窗口（因地区而异）
language-fit-native = 有可以用{ $language }沟通的联系方式
language-fit-interpreter = 该机构提供口译（如三方通话），可以用{ $language }咨询
language-fit-unknown = 资料中未确认能否使用{ $language }
language-fit-none = 不支持{ $language }（资料显示仅支持其他语言）
language-fit-contact = 使用{ $language }时，请先联系这里
language-fit-advice = 如果无法使用{ $language }，工作人员会与您一起打电话，用日语说明情况。如果该机构提供口译（如三方通话），请提出申请。
ui-card-language-fit = 语言支持
directory-fit-language = 咨询者的语言(显示该语言的支持情况)

## madoguchi walk

walk-title = 咨询流程（工作人员：{ $staff } / 咨询人：{ $client }）
walk-choose-one = 请输入编号。
walk-choose-many = 请输入所有符合的编号，用空格隔开。
walk-back-hint = 输入 0 可以返回上一个问题。
walk-invalid = 不能选择这个编号。请重新输入。
walk-progress = 问题 { $number }
walk-results = 可以求助的机构
walk-no-referrals = 没有可以介绍的机构。
walk-why = 理由
walk-source = 出处
walk-hours = 受理时间
walk-ended = 输入已结束，所以咨询已中止。记录没有被保存。

## madoguchi route（供人阅读的格式）

route-heading = 可以求助的机构（{ $count ->
   *[other] { $count } 个
}）
route-rules = 依据的规则：{ $rules }

## 桌面应用

ui-strip-label = 紧急电话号码
ui-strip-police = 警察 110
ui-strip-ambulance = 急救和消防 119
ui-hide = 隐藏画面
ui-keys-help = 按数字键 1–9 选择。按 Backspace 或 Alt+← 返回。连按两次 Esc，立即清空画面并删除咨询内容。
ui-start-title = 开始咨询
ui-start-staff-lang = 工作人员的语言
ui-start-client-lang = 咨询者的语言
ui-start-mode = 咨询类型
ui-mode-live = 实际咨询
ui-mode-training = 培训(不计入统计)
ui-start-privacy = 在按下"保存"之前不会记录任何内容。只保存无法识别个人身份的分类。
ui-start-begin = 开始咨询
app-progress = 第 { $number } 题 / 约 { $total } 题
ui-choose-many = 请选择所有符合的选项，然后按"下一步"。
ui-back = 返回
ui-error-title = 无法完成此操作
ui-error-detail = 详细内容（供管理员参考）:
ui-error-back = 返回开始画面
ui-next = 下一步
ui-emergency-title = 请立即拨打
ui-result-title = 转介机构
ui-result-none = 根据这些回答，没有需要转介的机构。
ui-result-answers = 回答一览
ui-result-slip = 显示转介单
ui-result-save = 保存并结束
ui-card-contact = 联系方式
ui-contact-open-failed = 此电脑无法打开。请手动拨打或输入所显示的号码或网址。
ui-card-hours = 受理时间
ui-card-free-call = 通话费
ui-free-call-yes = 免费
ui-free-call-no = 收费
ui-free-call-partly = 部分免费
ui-free-call-unconfirmed = 未确认
ui-card-anonymous = 匿名咨询
ui-anonymous-yes = 可以
ui-anonymous-no = 不可以
ui-anonymous-partly = 视情况而定
ui-anonymous-unconfirmed = 未确认
ui-card-languages = 支持的语言
ui-languages-unconfirmed = (支持的语言未确认)
ui-card-expect = 咨询后会怎样
ui-card-why = 转介理由
ui-card-source = 出处:
ui-card-checked = 信息确认日期
ui-slip-title = 转介单
ui-slip-intro = 您可以向以下机构咨询。通话是否收费、能否匿名，请看各机构的说明。
ui-slip-print = 打印
ui-save-title = 保存记录
ui-save-training = 作为培训记录保存，不计入统计。
ui-save-privacy = 不保存姓名、联系方式、住址、出生日期或自由填写的文字。
ui-save-outcome = 咨询结果
ui-outcome-referred = 已转介
ui-outcome-referred_with_handover = 已转介并移交
ui-outcome-information_only = 仅提供信息
ui-outcome-client_declined = 咨询者拒绝
ui-outcome-interrupted = 中途结束
ui-save-interpreter = 使用了口译
ui-save-consent = 咨询者同意移交
ui-save-region = 国籍所属地区(用于统计，不记录国名)
ui-region-none = 未回答 / 不清楚
ui-region-east_asia = 东亚
ui-region-southeast_asia = 东南亚
ui-region-south_asia = 南亚
ui-region-central_asia = 中亚
ui-region-middle_east = 中东
ui-region-europe = 欧洲
ui-region-north_america = 北美
ui-region-latin_america = 拉丁美洲
ui-region-africa = 非洲
ui-region-oceania = 大洋洲
ui-save-submit = 保存并清空画面
ui-save-unavailable = 记录文件无法使用，因此无法保存。仍可继续转介。
ui-save-error-consent = 选择"已移交"需要咨询者的同意。
ui-save-error-no-referral = 没有转介机构，因此不能选择"已转介"。
ui-save-error-data = 无法保存此次咨询。
ui-save-error-log = 无法写入记录文件。请联系管理员。
ui-saved = 已保存。画面上的咨询内容已清除。
ui-blank-title = 画面已隐藏
ui-new-consultation = 开始新的咨询
ui-problem-file = 文件:
ui-problem-details = 发现的问题
ui-problem-todo = 该怎么做
ui-problem-continue = 已确认，继续
ui-problem-override-title = 地区设置文件有错误
ui-problem-override-what = 本窗口添加或修改的本地咨询机构未被读取。只显示全国通用的咨询机构。
ui-problem-override-todo = 请联系管理员修正上面的行(检查方法: madoguchi validate --override 文件)。修正后请重新启动应用。
ui-problem-settings-title = 设置文件有错误
ui-problem-settings-what = 未读取设置文件，正在使用默认设置(例如 5 分钟后自动清空)。
ui-problem-settings-todo = 请联系管理员修正上面的行。修正后请重新启动应用。
ui-problem-log-title = 无法保存记录
ui-problem-log-damaged = 记录文件已损坏，因此以只读方式打开。
ui-problem-log-not-a-log = 记录文件的位置上是其他程序的文件。已以只读方式打开。
ui-problem-log-newer-schema = 记录文件由更新版本的 Madoguchi 创建。已以只读方式打开。
ui-problem-log-unavailable = 无法打开记录文件。
ui-problem-log-todo = 可以咨询和转介，但无法保存。请不要删除文件；请联系管理员，由管理员将文件移到安全的位置后重新启动应用。
ui-problem-data-title = 应用数据已损坏
ui-problem-data-what = 内置数据未通过检查，因此无法开始咨询。
ui-problem-data-todo = 请重新安装应用。如果仍无法解决，请联系管理员。

## Training

train-title = 培训案例：{ $case }({ $difficulty })
train-vignette = 给扮演来访者的人({ $lang }):
train-start = 请像平常一样进行咨询。
train-debrief = 复盘
train-score = 应提供的转介机构:{ $expected } 个中提供了 { $hit } 个
train-hit = 按预期提供
train-missed = 遗漏
train-must-not = 不应提供却提供了
train-extra = 不需要(无害)
train-none = (无)
train-emergency = 紧急应对
train-emergency-not-needed = 本案例不需要紧急转介,也没有提供。
train-emergency-handled = 已优先处理:首先询问了是否有危险,并首先提供了 { $services }。
train-emergency-missed = 遗漏:本案例需要首先提供 { $services }。
train-emergency-not-first = 提供了 { $services },但没有首先询问是否有危险。
train-emergency-unneeded = 提供了本案例不需要的紧急电话。
train-mattered = 影响转介的问题
train-mattered-lost = 如果没有这个回答,将缺少:{ $services }
train-mattered-gained = 如果没有这个回答,将增加:{ $services }
train-mattered-priority = 如果没有这个回答,以下机构的优先级会改变:{ $services }
train-answer-differed = 你的回答与案例不同。
train-expected = 应提供的转介机构及其理由
train-given = 已提供
train-not-given = 未提供
train-passed = 合格:没有遗漏,没有错误转介,紧急情况已处理。
train-review = 请和培训讲师一起复盘以上各点。
train-notes = 教学说明
train-list-heading = 培训案例({ $count } 个)
train-difficulty-intro = 入门
train-difficulty-intermediate = 中级
train-difficulty-advanced = 高级
train-saved = 本次培训的结果已保存到 { $path }(与真实咨询记录分开保存，不保存姓名)。
train-route-trafficking = 人口贩运
train-route-sexual_crime_8103 = 性犯罪(#8103)
train-route-child_189 = 虐待儿童(189)
train-route-one_stop = 一站式支援中心
train-route-iom_return = IOM回国支援
train-route-immigration = 出入境
train-route-labour = 劳动
train-route-residence = 在留资格
train-route-discrimination = 歧视
train-route-online_images = 网络图片
train-route-domestic_violence = 家庭暴力
train-route-emergency = 紧急(110/119)
train-route-unknown_answers = 不清楚的回答

## Directory screen

directory-open-now = 现在可用（24小时或网上）
directory-open-unknown = 未知 — 请确认时间
directory-origin-shipped = 标准
directory-origin-overridden = 本窗口已修改
directory-origin-local = 本窗口新增
directory-title = 服务机构名录
directory-search = 搜索(名称或说明)
directory-concern = 咨询内容
directory-language = 语言
directory-any = 全部
directory-free-call = 仅限免费电话
directory-anonymous = 仅限匿名
directory-open-only = 仅限现在开放
directory-shown = 显示的机构
directory-none = 没有符合这些条件的机构。
directory-reachable = 现在开放
directory-sources = 出处
directory-confidence = 可信度
directory-confidence-high = 高
directory-confidence-medium = 中
directory-confidence-low = 低
directory-confidence-unconfirmed = 未确认
directory-serves = 对象
directory-origin = 条目来源

# Records screen
records-title = 已保存的记录
records-note = 只显示真实咨询的记录,最新的在前;不显示培训记录。记录只保存分类:不含任何可识别个人的信息。
records-total = 记录数
records-none = 还没有保存任何记录。
records-unavailable = 无法读取记录文件,因此无法显示记录。
records-referrals = 转介至
records-no-referrals = 无转介
records-previous = 上一页
records-next = 下一页
records-page = 页

# Reports screen: categories and dimensions the flow does not label
report-month = 月份
report-total = 合计
report-unknown = 未知
report-not-applicable = 不适用（日本国籍）
report-no-service = 无转介
report-yes = 是
report-no = 否
report-outcome-referred = 已转介
report-outcome-referred_with_handover = 已转介并交接
report-outcome-information_only = 仅提供信息
report-outcome-client_declined = 本人拒绝
report-outcome-interrupted = 中断
report-region-east_asia = 东亚
report-region-southeast_asia = 东南亚
report-region-south_asia = 南亚
report-region-central_asia = 中亚
report-region-middle_east = 中东
report-region-europe = 欧洲
report-region-north_america = 北美
report-region-latin_america = 拉丁美洲
report-region-africa = 非洲
report-region-oceania = 大洋洲
report-dimension-age_group = 年龄段
report-dimension-gender = 性别
report-dimension-nationality = 国籍
report-dimension-region = 国籍地区
report-dimension-residence = 在留资格
report-dimension-concern = 咨询内容
report-dimension-danger = 危险
report-dimension-service = 转介去向
report-dimension-outcome = 结果
report-dimension-handover_consent = 同意交接
report-dimension-interpreter = 口译
report-dimension-staff_lang = 工作人员语言
report-dimension-client_lang = 咨询者语言
report-dimension-desk = 窗口

## Reports screen

reports-title = 统计
reports-note = 按月统计实际咨询的件数，培训一律不计入。件数少的格子会被隐藏；能据此推算出隐藏件数的其他格子也会被隐藏。
reports-dimension = 统计项目
reports-second-dimension = 再按此项细分
reports-no-second = 不细分
reports-loading = 正在统计…
reports-records = 期间内的咨询件数
reports-empty = 此期间没有保存的咨询。
reports-unavailable = 无法读取记录文件，因此无法统计。
reports-bar-title = 整个期间
reports-line-title = 按月变化
reports-line-note = 显示合计和件数较多的分类。线条中断处表示隐藏的件数。
reports-table-title = 表格
reports-export = 导出为CSV…
reports-export-dialog = 将统计保存为CSV文件
reports-export-filter = CSV文件
reports-exported = 保存位置
reports-export-records = 统计的咨询件数
reports-export-cancelled = 未保存。
reports-export-failed = 无法保存统计：

## Settings screen

settings-title = 设置
settings-note = 这些设置只保存在本电脑的数据文件夹中。
settings-data-dir = 数据文件夹
settings-desk = 窗口名称
settings-staff-lang = 启动时的工作人员语言
settings-client-lang = 启动时的咨询者语言
settings-idle = 无操作超过此秒数后，清除正在进行的咨询
settings-retention = 记录保存年数
settings-save = 保存设置
settings-saved = 设置已保存。
settings-not-saved = 设置未保存：
settings-error-idle = 秒数必须是2到3600之间的整数。
settings-error-retention = 记录的保存年数须为1到10年。
settings-error-language = 无法使用该语言。
settings-error-write = 无法写入设置文件：
settings-log = 咨询记录
settings-log-writable = 正常：可以保存咨询。
settings-log-closed = 只读：无法保存或删除（请参阅启动时显示的消息）。
settings-log-records = 记录条数
settings-purge-title = 删除旧记录
settings-purge-cutoff = 将删除此日期之前的记录
settings-purge-count = 要删除的记录数
settings-purge-training = 要删除的培训结果数
settings-purge-button = 删除旧记录…
settings-purge-yes = 是，删除
settings-purge-no = 取消
settings-purge-done = 已删除的记录数
settings-purge-nothing = 没有超过保存期限的记录。
settings-purge-failed = 无法删除记录：
settings-purge-changed = 未删除任何内容：确认后数量发生了变化（例如日期已变更）。请核对新的数量后再删除。
settings-override-title = 地区设置文件
settings-override-path = 文件
settings-override-absent = 没有地区设置文件，正在使用标准的服务机构名录。
settings-override-loaded = 已读取，无问题：正在使用。
settings-override-invalid = 有问题，因此未使用，正在改用标准的服务机构名录。请修正以下各行，然后重新启动应用。
settings-override-local = 本窗口新增的机构
settings-override-changed = 本窗口修改的机构
settings-check-title = 数据检查
settings-check-ok = 所有检查均已通过。
settings-check-failed = 发现问题：
settings-check-questions = 问题
settings-check-rules = 规则
settings-check-services = 机构
settings-check-languages = 语言
settings-check-again = 重新检查
settings-check-restart = 修改后的地区设置文件将在应用重新启动后生效。
ui-keys-tools = 在此画面中：Alt+D 服务机构名录，Alt+R 已保存的记录，Alt+T 统计，Alt+S 设置。

## Reports: fixed publication periods and hidden cells
report-hidden-legend = X：不显示。该财年某个月少于 { $k } 件（含 0），或为使这类件数无法被推算而隐藏的格。
reports-period = 期间
reports-period-fiscal-years = 财年（4月至次年3月）
reports-period-quarters = 季度
reports-period-months = 月
reports-fiscal-year = { $year }财年
reports-fiscal-quarter = { $year }财年第{ $quarter }季度
reports-period-note = 统计只按月、季度和财年发布，不按其他区间：否则可以用一个区间减去另一个区间推算出隐藏的件数。
ui-problem-log-empty = 记录文件为空（0 字节）：内容已丢失。没有把它当作新的记录文件，而是以只读方式打开。
ui-problem-log-cannot-write = 无法写入记录文件或其所在文件夹（没有权限或磁盘为只读）。文件没有损坏，已以只读方式打开。
ui-problem-log-cannot-write-todo = 可以咨询和转介，但无法保存。请联系管理员，由管理员使此文件夹和文件可写后重新启动应用。
ui-problem-set-aside-title = 已移开记录文件旁的一个文件
ui-problem-set-aside-what = 记录文件旁有一个不属于本记录的临时文件（WAL 或日志）。为避免写入记录，没有读取它，而是改名后留在同一文件夹中。记录没有改变，可以保存。
ui-problem-set-aside-todo = 请不要删除被移开的文件。请联系管理员，由管理员查明它的来源（其他窗口的记录、备份）。
records-month = 月份
settings-desk-code-help = 由协调员为本窗口设定的代码，每次保存咨询时一并记录，例如“shinjuku-2f”“window-3”。只能使用小写字母 a–z、数字（1 到 4 个）和连字符。不能是人名。
settings-error-desk-code = 这不是窗口代码。请使用小写字母 a–z、数字和连字符，最多 32 个字符，以字母或数字开头，包含至少 1 个、最多 4 个数字（例如“window-3”）。人名不能作为窗口代码。

## Native confirmations (Rust opens them; the page cannot answer)
settings-purge-dialog-title = 删除旧记录？
settings-purge-dialog = 将删除 { $cutoff } 之前的 { $records } 条记录和 { $training } 条培训结果。此操作无法撤销。
settings-purge-cancelled = 未删除任何内容。
settings-retention-dialog-title = 缩短记录保存年数？
settings-retention-dialog = 记录保存年数将从 { $from } 年改为 { $to } 年。之后删除旧记录时，将删除 { $cutoff } 之前的 { $records } 条记录和 { $training } 条培训结果。
settings-retention-dialog-uncounted = 记录保存年数将从 { $from } 年改为 { $to } 年。之后删除旧记录时，将比以前删除更多记录。
settings-retention-dialog-yes = 是，缩短年数
settings-error-retention_not_confirmed = 未缩短保存年数（确认时选择了取消），设置未保存。

## Site override errors, by kind (the lines below them give file:line and the detail)
ui-override-error-emergency = 本文件不能更改 110、119 等紧急机构。请删除这些条目。
ui-override-error-duplicate = 同一机构（id）写了两次。请只保留一个。
ui-override-error-entry = 某机构的 id、联系方式（电话号码、拨号代码、https 地址）、名称（label）或语言无效。
ui-override-error-encoding = 文件未以 UTF-8 保存。请重新以 UTF-8 保存。

## coord
card-japanese-only = (仅日语)
directory-review-due = 已超过 { $months } 个月未确认：请核实电话号码和受理时间。
settings-review = 咨询机构确认周期（月）
settings-error-review = 确认周期为 1 至 60 个月。
settings-review-due = 确认日期早于周期的咨询机构
settings-review-help = 用 madoguchi directory review --out review.csv 导出清单，用 --apply 将结果写回覆盖文件。
settings-override-create = 从示例创建覆盖文件
settings-override-created = 已从带说明的示例创建覆盖文件。请编辑后点击“重新检查”，再重启应用。
settings-override-create-failed = 无法创建覆盖文件：
override-error-line = { $file }:{ $line }: { $message }
override-error-syntax = 此行无法作为 TOML 读取。请检查 "、[ ]、{ "{" } { "}" } 是否闭合，以及“=”的写法。
override-error-unknown-key = 没有 { $key } 这一项。可用的项：{ $keys }
override-error-value = “{ $field }”的值 { $value } 不能使用。{ $choices ->
    [none] 请参阅示例 data/site-override.example.toml。
   *[other] 可用的值：{ $choices }
}
override-error-missing = 咨询机构“{ $id }”缺少：{ $fields }
override-error-date = { $value } 不是日期：请按 年-月-日 书写，如 2026-04-01。
override-error-duplicate = 咨询机构 { $id } 也出现在本文件第 { $first } 行。请只保留一个。
override-error-emergency = “{ $id }”是 110、119 等紧急机构，本文件不能更改。请删除此项。
override-error-emergency-with = 咨询机构“{ $id }”：不能与紧急机构“{ $with }”并列（refer_with）。
override-error-contact = 咨询机构“{ $id }”的第 { $number } 个联系方式 { $value } 不是{ $kind ->
    [phone] 电话号码（如 03-1234-5678）。
    [dial] 短号码（如 110、#8103）。
    [web] 以 https:// 开头的地址。
    [email] 电子邮件地址。
   *[other] “local”（最近的窗口）。
}
override-error-empty = 咨询机构“{ $id }”：“{ $field }”为空。
override-error-label = 咨询机构“{ $id }”的名称（label）{ $problem ->
    [empty] 为空。
    [long] 超过 { $max } 个字符。
   *[other] 含有控制字符。
}
override-error-text = 咨询机构“{ $id }”，“{ $field }”：{ $problem ->
    [no-ja] 没有日语（ja）。未填写的语言会以日语显示，因此日语必填。
    [language] “{ $lang }”不是应用的语言。语言：{ $langs }
    [empty] “{ $lang }”的文字为空。
    [long] “{ $lang }”的文字过长。
    [both] 同时有 label 和 name；请只保留 name。
   *[other] “{ $lang }”的文字含有控制字符。
}
override-error-note = 咨询机构“{ $id }”第 { $number } 个联系方式的备注 { $note } 不是应用中的文字。若用窗口自己的话书写：note = { "{" } ja = "平日のみ", zh-CN = "仅工作日" { "}" }
override-error-shipped-local = 咨询机构“{ $id }”是应用自带的：label 和 refer_with 只能用于窗口新增的机构。
override-error-assured-by = 咨询机构“{ $id }”：确认日期（assured_date）需要 assured_by，即确认所用的来源（sources 之一）。
override-error-service-id = { $id } 不能作为 id：以小写字母开头，之后最多 63 个小写字母、数字或“_”。
override-error-local-needs = 咨询机构“{ $id }”不是应用自带的：窗口新增的机构需要 name（或 label）和 refer_with。
override-error-encoding = 文件未以 UTF-8 保存（第 { $offset } 字节的 { $byte }）。请以 UTF-8 重新保存。
override-error-refer-with = 咨询机构“{ $id }”：refer_with“{ $with }”不是应用自带的机构。
override-error-serves = 咨询机构“{ $id }”：服务对象（serves）中有不存在的项或值。
override-error-source = 咨询机构“{ $id }”：{ $source ->
    [none] 没有来源（sources）。
   *[other] 来源 { $source } 既不是 https:// 地址，也不是资料行。
}
override-error-language = 咨询机构“{ $id }”，语言“{ $lang }”：{ $problem ->
    [tag] 语言代码写法有误（如 vi、pt、fil）。
    [unbacked] 没有使用该语言的联系方式，也没有口译。
   *[other] 不在机构的 languages 中；请添加。
}

## Command errors (the headline of the error screen; the technical detail follows apart)
ui-error-request = 向应用请求了它没有的内容（语言、问题、回答、案例、期间或筛选条件）。
ui-error-no-content = 应用内置的数据未通过检查，因此无法显示。
ui-error-log = 无法读取或写入记录文件。
ui-error-settings = 有些设置未被接受，因此没有保存任何内容。
ui-error-desktop = 这台电脑无法完成此操作（对话框、打印或用于打开的程序）。

## uistate: the error screen (what happened when Rust gave no message of its own; Retry)
ui-error-generic = 应用内部发生了意外问题。
ui-error-todo = 请按“重试”，或返回开始画面。如果反复出现，请把下面的内容告诉管理员。
ui-error-retry = 重试

## l10n
# A small mark beside a client-language text nobody has reviewed yet.
ui-draft-marker = 未经核对的翻译
# The footer of the slip in a language that is a draft (shown in that language and in Japanese).
ui-slip-draft-footer = 本单为机器翻译，尚未经过核对。如有不清楚的地方，请询问工作人员。

## About (package)
settings-about-title = 关于 Madoguchi
settings-about-version = 版本
settings-about-data-date = 机构名录数据日期（最近一次核实的来源）
