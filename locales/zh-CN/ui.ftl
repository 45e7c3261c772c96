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
ui-next = 下一步
ui-emergency-title = 请立即拨打
ui-result-title = 转介机构
ui-result-none = 根据这些回答，没有需要转介的机构。
ui-result-answers = 回答一览
ui-result-slip = 显示转介单
ui-result-save = 保存并结束
ui-card-contact = 联系方式
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
ui-slip-intro = 您可以向以下机构咨询。咨询免费，并会为您保密。
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

train-title = 培训案例 { $case }({ $difficulty })
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

## Directory screen

directory-open-now = 现在可用（24小时或网上）
directory-open-unknown = 未知 — 请确认时间
directory-origin-shipped = 标准
directory-origin-overridden = 本窗口已修改
directory-origin-local = 本窗口新增

# Reports screen: categories and dimensions the flow does not label
report-month = 月份
report-total = 合计
report-unknown = 未知
report-not-applicable = 不适用（日本国籍）
report-no-service = 无转介
report-suppressed = 少于 { $k }（不显示）
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
