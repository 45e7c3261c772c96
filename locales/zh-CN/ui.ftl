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
