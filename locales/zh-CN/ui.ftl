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
