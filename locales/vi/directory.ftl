# Văn bản hiển thị của danh bạ nơi giới thiệu (data/directory.toml) — tiếng Việt (vi).
# Nguồn và ngày kiểm tra nằm trong từng mục của directory.toml. Điều gì chưa được xác nhận thì ghi là "chưa xác nhận".

## 110

service-police_emergency-name = 110 (gọi khẩn cấp cho cảnh sát)
service-police_emergency-hours = Tiếp nhận 24 giờ.
service-police_emergency-expect = Gọi khi có tội phạm đang xảy ra hoặc khi tính mạng, thân thể đang gặp nguy hiểm. Cuộc gọi miễn phí. Một số cảnh sát tỉnh, thành phố hỗ trợ tiếng nước ngoài bằng cuộc gọi ba bên có phiên dịch, nhưng ngôn ngữ và khung giờ hỗ trợ khác nhau tùy tỉnh, thành phố.

## 119

service-ambulance_fire-name = 119 (cứu hỏa, cấp cứu)
service-ambulance_fire-hours = Tiếp nhận 24 giờ, 365 ngày.
service-ambulance_fire-expect = Gọi khi có hỏa hoạn, bệnh đột ngột, bị thương hoặc cần cứu nạn. Cả cuộc gọi lẫn việc chở bằng xe cấp cứu đều miễn phí. Nhiều sở cứu hỏa có thể gọi qua cuộc gọi ba bên có phiên dịch: hãy dặn người nói tiếng nước ngoài nói tên ngôn ngữ của mình bằng tiếng Anh hoặc tiếng mẹ đẻ, và đừng cúp máy mà hãy chờ, dù có im lặng hoặc nhạc chờ cho đến khi được nối với phiên dịch.

## Đồn cảnh sát

service-police_station-name = Đồn cảnh sát gần nhất
service-police_station-hours = Khác nhau tùy đồn cảnh sát. Không có số chung toàn quốc hay giờ tiếp nhận chung, nên hãy xem địa chỉ và thông tin liên lạc qua cảnh sát tỉnh, thành phố.
service-police_station-expect = Nạn nhân mua bán người và người có thông tin về việc đó được hướng dẫn đến hoặc gọi điện cho đồn cảnh sát gần nhất (khi khẩn cấp thì gọi 110). Nạn nhân người nước ngoài cũng có thể hỏi ý kiến Cục Quản lý Xuất nhập cảnh và Lưu trú khu vực. Trẻ em và phụ huynh cũng có thể hỏi ý kiến bộ phận thiếu niên (nơi tư vấn thiếu niên) của đồn cảnh sát.

## #9110

service-police_consult_9110-name = Đường dây chuyên tư vấn của cảnh sát “#9110”
service-police_consult_9110-hours = Thông thường là ngày thường 8:30–17:15, nhưng khác nhau tùy tỉnh, thành phố. Ban đêm và ngày nghỉ sẽ do nhân viên trực hoặc lời nhắn ghi âm hướng dẫn; có tỉnh tiếp nhận 24 giờ.
service-police_consult_9110-expect = Dùng để hỏi ý kiến cảnh sát về việc không khẩn cấp như bị đeo bám (stalker), bạo lực gia đình (DV), lừa đảo, rắc rối với hàng xóm. Cuộc gọi được nối tới nơi tư vấn của cảnh sát tỉnh, thành phố nơi bạn gọi. Tư vấn miễn phí nhưng người gọi phải trả cước điện thoại; việc hỗ trợ tiếng nước ngoài khác nhau tùy tỉnh, thành phố.

## #8103

service-police_sexual_crime_8103-name = Đường dây tư vấn cho nạn nhân tội phạm tình dục, số chung toàn quốc “#8103 (ハートさん, Heart-san)”
service-police_sexual_crime_8103-hours = Tiếp nhận 24 giờ (tiếp nhận 24 giờ trên toàn quốc từ tháng 4 năm 2019).
service-police_sexual_crime_8103-expect = Cuộc gọi được nối tới nơi tư vấn về tội phạm tình dục của cảnh sát tỉnh, thành phố nơi bạn gọi. Nạn nhân thuộc bất kỳ giới tính nào cũng có thể gọi, gia đình hoặc người hỗ trợ cũng có thể gọi. Có tỉnh nhận tư vấn giấu tên (ví dụ: tỉnh Ibaraki), có tỉnh cho biết người gọi có thể yêu cầu nữ cảnh sát tiếp nhận (ví dụ: tỉnh Nagasaki).

## #8891

service-onestop_8891-name = Trung tâm hỗ trợ một cửa dành cho nạn nhân tội phạm tình dục và bạo lực tình dục (số chung toàn quốc “#8891”)
service-onestop_8891-hours = Theo giờ làm việc của trung tâm được kết nối (có trung tâm làm việc 24 giờ, 365 ngày). Khi trung tâm đóng cửa vào ban đêm hoặc ngày nghỉ, tổng đài của Văn phòng Nội các sẽ nhận cuộc gọi (được nêu năm 2022; hiện còn hoạt động hay không chưa được xác nhận).
service-onestop_8891-expect = Cuộc gọi được nối tới Trung tâm hỗ trợ một cửa của tỉnh, thành phố nơi bạn gọi. Nạn nhân bạo lực tình dục ở mọi lứa tuổi và giới tính, cũng như gia đình hoặc người hỗ trợ, đều có thể gọi. Trung tâm có thể kết nối tới chăm sóc y tế (tránh thai khẩn cấp, xét nghiệm bệnh lây truyền qua đường tình dục, thu thập bằng chứng), chăm sóc tinh thần, người đi cùng đến cảnh sát hoặc nơi tư vấn pháp luật.

## 189

service-child_guidance_189-name = Đường dây về ngược đãi trẻ em của Trung tâm Tư vấn Trẻ em “189 (いちはやく, Ichihayaku)”
service-child_guidance_189-hours = Tiếp nhận 24 giờ.
service-child_guidance_189-expect = Khi nghi một đứa trẻ bị ngược đãi, bất kỳ ai cũng có thể gọi; cuộc gọi được nối tới Trung tâm Tư vấn Trẻ em gần nhất. Có thể báo tin giấu tên; người báo tin và nội dung báo tin được giữ bí mật. Khi cần, Trung tâm Tư vấn Trẻ em sẽ tạm thời bảo vệ trẻ, giúp trẻ đi khám bệnh, có chuyên viên tâm lý tư vấn; các trường hợp như xâm hại tình dục sẽ được báo cho cảnh sát sau khi xác nhận.

## Đường dây 24 giờ Children SOS

service-children_sos_24h-name = Đường dây 24 giờ “Children SOS” (24時間子供SOSダイヤル, Bộ Giáo dục, Văn hóa, Thể thao, Khoa học và Công nghệ)
service-children_sos_24h-hours = Tiếp nhận 24 giờ, kể cả ban đêm và ngày nghỉ.
service-children_sos_24h-expect = Đường dây miễn phí để trẻ em và phụ huynh tư vấn về bắt nạt hoặc các chuyện cần giúp đỡ khác (SOS). Cuộc gọi được nối tới nơi tư vấn của Hội đồng Giáo dục khu vực nơi bạn gọi.

## Đường dây nóng Quyền trẻ em

service-childrens_rights_hotline-name = Đường dây nóng Quyền trẻ em (Kodomo no Jinken, Bộ Tư pháp)
service-childrens_rights_hotline-hours = Ngày thường 8:30–17:15. Trong tuần lễ tăng cường hằng năm (ví dụ: 27/8 – 2/9/2025), ngày thường kéo dài đến 19:00, và thứ Bảy, Chủ nhật cũng tiếp nhận từ 10:00–17:00.
service-childrens_rights_hotline-expect = Đường dây tư vấn miễn phí của Bộ Tư pháp về quyền trẻ em như bắt nạt, trừng phạt thân thể, ngược đãi; chính trẻ em, hoặc người lớn lo lắng cho trẻ, đều có thể gọi. Nhân viên Cục Pháp vụ hoặc ủy viên bảo vệ nhân quyền sẽ tiếp nhận, và bí mật được giữ kín. Cũng có thể tư vấn qua LINE (@linejinkensoudan) hoặc email.

## Đường dây báo tin giấu tên

service-anonymous_reporting_dial-name = Đường dây báo tin giấu tên (Cơ quan Cảnh sát Quốc gia)
service-anonymous_reporting_dial-hours = Điện thoại chỉ vào ngày thường. Các nguồn ghi giờ khác nhau (9:30–18:15 theo phần hỏi đáp chính thức, 10:00–17:00 theo một bản tin), nên cần kiểm tra trước. Có thể báo qua mẫu web trên trang chính thức vào bất cứ lúc nào.
service-anonymous_reporting_dial-expect = Dùng để chuyển cho cảnh sát, không cần nêu tên, thông tin về mua bán người, mua dâm trẻ em hoặc tài liệu xâm hại tình dục trẻ em, ngược đãi trẻ em và các tội phạm khác; đây không phải đường dây tư vấn. Không bị hỏi thông tin cá nhân và số của người gọi không hiện lên; người gọi nhận số tiếp nhận và mã PIN để theo dõi sau. Nếu thông tin giúp bắt giữ hoặc bảo vệ nạn nhân, có thể được trả tiền thưởng (tối đa 100.000 yên; tối đa 1.000.000 yên cho thông tin giúp triệt phá tổ chức tội phạm), nhưng không trả cho chính nạn nhân của vụ việc được báo.

## IOM

service-iom_japan-name = Văn phòng Tổ chức Di cư Quốc tế (IOM) tại Nhật Bản
service-iom_japan-hours = Thứ Hai đến thứ Sáu, 9:00–12:30 và 13:30–17:00 (trừ ngày nghỉ của IOM). Số điện thoại và giờ này chỉ được xác nhận từ một nguồn duy nhất không ghi ngày.
service-iom_japan-expect = Hỗ trợ nạn nhân mua bán người là người nước ngoài đã được bảo vệ về nước và tái hòa nhập sau khi về nước (việc làm, học nghề, hỗ trợ pháp lý, chi phí y tế, tư vấn tâm lý…). Đối tượng là người đã được cảnh sát, Cơ quan Quản lý Xuất nhập cảnh và Lưu trú hoặc cơ quan tương tự bảo vệ với tư cách nạn nhân. Ngoài ra còn có hỗ trợ tự nguyện về nước cho một số người đã có lệnh trục xuất, cần được xem xét vì lý do nhân đạo và lo lắng về cuộc sống sau khi về nước.

## Cục Quản lý Xuất nhập cảnh và Lưu trú khu vực

service-immigration_bureau-name = Cục Quản lý Xuất nhập cảnh và Lưu trú khu vực
service-immigration_bureau-hours = Khác nhau tùy cục và văn phòng chi nhánh. Địa chỉ, thông tin liên lạc và giờ tiếp nhận có trên trang web của Cơ quan Quản lý Xuất nhập cảnh và Lưu trú.
service-immigration_bureau-expect = Giải quyết gia hạn thời gian lưu trú, thay đổi tư cách lưu trú, giấy phép lưu trú đặc biệt, đơn xin công nhận tị nạn và bảo hộ bổ sung. Với nạn nhân mua bán người là người nước ngoài đã được bảo vệ, cơ quan sẽ xem xét thay đổi tư cách lưu trú hoặc cấp giấy phép lưu trú đặc biệt; việc phỏng vấn được thực hiện bằng tiếng mẹ đẻ khi có thể, và phụ nữ sẽ do nhân viên nữ phỏng vấn. Việc người không có tư cách lưu trú tự mình đến trình diện được xem là tình tiết có lợi khi xét cấp giấy phép lưu trú đặc biệt (hướng dẫn sửa đổi tháng 3 năm 2024).

## Trung tâm Thông tin Tổng hợp về Lưu trú cho Người nước ngoài

service-isa_information_center-name = Trung tâm Thông tin Tổng hợp về Lưu trú cho Người nước ngoài (Cơ quan Quản lý Xuất nhập cảnh và Lưu trú)
service-isa_information_center-hours = Ngày thường 8:30–17:15.
service-isa_information_center-expect = Trả lời qua điện thoại các câu hỏi về thủ tục nhập cảnh, lưu trú và tư cách lưu trú. Hỗ trợ 17 ngôn ngữ, kể cả tiếng Nhật (thời điểm tháng 7 năm 2021). Câu hỏi qua email được trả lời bằng tiếng Nhật và tiếng Anh.

## FRESC

service-fresc-name = Trung tâm Hỗ trợ Lưu trú cho Người nước ngoài (FRESC)
service-fresc-hours = Ngày thường 9:00–17:00 (nghỉ thứ Bảy, Chủ nhật, ngày lễ và từ 29/12 đến 3/1). Bàn trợ giúp (Help Desk) cũng hoạt động ngày thường 9:00–17:00, nhưng hiện nay còn hoạt động hay không thì chưa xác nhận.
service-fresc-expect = Trung tâm hỗ trợ người nước ngoài ở Tokyo, nơi tập trung Cục Quản lý Xuất nhập cảnh và Lưu trú Tokyo, Vụ Bảo vệ Nhân quyền của Cục Pháp vụ Tokyo, Houterasu, Cục Lao động Tokyo, Hello Work…; có thể tư vấn về gia hạn thời gian lưu trú, thay đổi tư cách lưu trú và rắc rối pháp lý. Quầy tiếp nhận hỗ trợ 11 ngôn ngữ, kể cả tiếng Nhật dễ hiểu (2020–2021). Trung tâm cũng trả lời câu hỏi từ các quầy tư vấn một cửa của chính quyền địa phương.

## Quầy tư vấn một cửa của chính quyền địa phương

service-local_onestop_counter-name = Quầy tư vấn một cửa dành cho người nước ngoài của chính quyền địa phương
service-local_onestop_counter-hours = Khác nhau tùy địa phương. Có địa phương không có quầy này.
service-local_onestop_counter-expect = Quầy của chính quyền địa phương, nơi cư dân người nước ngoài có thể hỏi về thủ tục lưu trú, công việc, y tế, phúc lợi, sinh con, nuôi con, giáo dục… và được hướng dẫn tới nơi tư vấn phù hợp. Không phải địa phương nào cũng có (năm tài chính 2024 có 259 địa phương nhận trợ cấp của nhà nước cho việc này). Hãy hỏi chính địa phương đó về ngôn ngữ hỗ trợ và giờ tiếp nhận.

## Trung tâm Tư vấn và Hỗ trợ Phụ nữ

service-women_support_center-name = Trung tâm Tư vấn và Hỗ trợ Phụ nữ (số gọi tắt chung toàn quốc “#8778”)
service-women_support_center-hours = Khác nhau tùy tỉnh, thành phố (ví dụ: trung tâm của Hokkaido làm việc ngày thường 9:00–17:00). #8778 nối tới trung tâm của tỉnh, thành phố nơi bạn gọi, nên theo giờ tiếp nhận của trung tâm đó.
service-women_support_center-expect = Trung tâm Tư vấn và Hỗ trợ Phụ nữ của tỉnh, thành phố (trước tháng 3 năm 2024 có tên là Phòng Tư vấn Phụ nữ, 婦人相談所): phụ nữ có thể tư vấn về bạo lực gia đình (DV), bị hại tình dục, bị đeo bám, mua bán người, khó khăn về sinh hoạt, vấn đề gia đình…, và có thể được tạm thời bảo vệ (nơi ở an toàn), kể cả con đi cùng. Phụ nữ là nạn nhân mua bán người được bảo vệ không phân biệt quốc tịch, tuổi tác, và được hỗ trợ cuộc sống, phiên dịch, chăm sóc y tế… Người gọi phải trả cước cuộc gọi tới #8778.

## DV Sodan Plus

service-dv_sodan_plus-name = DV Sodan Plus (DV相談+, Văn phòng Nội các)
service-dv_sodan_plus-hours = Điện thoại và email 24 giờ, chat 12:00–22:00.
service-dv_sodan_plus-expect = Đường dây toàn quốc miễn phí về bạo lực từ vợ/chồng hoặc người yêu. Điện thoại chỉ bằng tiếng Nhật. Với 10 ngoại ngữ, tư vấn qua chat trên trang web (12:00–22:00), và sau khi chat có thể tiếp tục qua email (10 ngôn ngữ khi bắt đầu năm 2020 và trên trang của chính quyền địa phương năm 2024; một trang khác của chính phủ ghi 11). Tư vấn viên có thể sắp xếp người đi cùng và chỗ ở khẩn cấp.

## Yorisoi Hotline

service-yorisoi_hotline-name = Yorisoi Hotline (よりそいホットライン)
service-yorisoi_hotline-hours = Tiếp nhận 24 giờ, 365 ngày. Tư vấn bằng tiếng nước ngoài hằng ngày 10:00–22:00; ngôn ngữ hỗ trợ thay đổi theo ngày trong tuần và khung giờ (thông tin khoảng năm 2015; giờ và ngôn ngữ hiện nay chưa xác nhận).
service-yorisoi_hotline-expect = Đường dây miễn phí (kể cả gọi từ điện thoại di động và điện thoại công cộng) để tư vấn bất cứ chuyện gì: khó khăn trong cuộc sống, những lo lắng đến mức nghĩ đến tự tử, bạo lực gia đình (DV) và bạo lực tình dục, người thiểu số về tính dục, lo lắng của người nước ngoài… Khi muốn tư vấn bằng tiếng nước ngoài, hãy bấm số 2 sau lời thông báo. Người gọi từ Iwate, Miyagi, Fukushima có số riêng.

## Houterasu

service-houterasu-name = Đường dây hỗ trợ Houterasu (法テラス・サポートダイヤル, Trung tâm Hỗ trợ Pháp lý Nhật Bản)
service-houterasu-hours = Ngày thường 9:00–21:00, thứ Bảy 9:00–17:00 (nghỉ Chủ nhật, ngày lễ và dịp cuối năm – đầu năm). Đường dây hỗ trợ nạn nhân tội phạm cũng cùng giờ (thông tin năm 2021).
service-houterasu-expect = Hướng dẫn chế độ pháp luật và nơi tư vấn phù hợp với vấn đề (nhân viên tổng đài không tư vấn pháp luật cho từng trường hợp cụ thể). Nạn nhân tội phạm và gia đình có thể dùng Đường dây hỗ trợ nạn nhân tội phạm để được giới thiệu luật sư có kinh nghiệm hỗ trợ nạn nhân và nhận các hỗ trợ khác, dù sự việc đã xảy ra bao lâu. Nạn nhân có ít khả năng tài chính có thể được hỗ trợ chi phí luật sư; nạn nhân ngược đãi trẻ em được tư vấn pháp luật không phụ thuộc vào khả năng tài chính.

## Houterasu đa ngôn ngữ

service-houterasu_multilingual-name = Dịch vụ cung cấp thông tin đa ngôn ngữ của Houterasu (法テラス 多言語情報提供サービス)
service-houterasu_multilingual-hours = Thứ Hai đến thứ Sáu, 9:00–17:00.
service-houterasu_multilingual-expect = Đường dây của Houterasu dành cho người nước ngoài, bằng 10 ngôn ngữ (tiếng Anh, tiếng Trung, tiếng Hàn, tiếng Tây Ban Nha, tiếng Bồ Đào Nha, tiếng Việt, tiếng Tagalog, tiếng Nepal, tiếng Thái, tiếng Indonesia): phiên dịch viên nghe máy rồi nối văn phòng Houterasu gần nhất vào cuộc gọi ba bên, để giải thích hệ thống pháp luật và nơi nhờ giúp đỡ về nợ, ly hôn, lao động, tai nạn, tư cách lưu trú hay thiên tai. Tư vấn pháp lý miễn phí với luật sư chỉ dành cho người có địa chỉ ở Nhật, có tư cách lưu trú hợp pháp và thu nhập thấp: người không có tư cách lưu trú không được nhận. Không thể gọi từ nước ngoài. Người nói được tiếng Nhật dùng đường dây hỗ trợ của Houterasu.

## Trung tâm hỗ trợ nạn nhân tội phạm

service-victim_support_center-name = Mạng lưới Hỗ trợ Nạn nhân Toàn quốc — Trung tâm Hỗ trợ qua Điện thoại cho Nạn nhân Tội phạm
service-victim_support_center-hours = Số điện thoại chung toàn quốc: 7:30–22:00 (thông tin năm 2019; ngày trong tuần chưa xác nhận). Phần lớn các trung tâm hỗ trợ nạn nhân ở các địa phương: ngày thường 10:00–16:00 (năm 2019).
service-victim_support_center-expect = Nạn nhân của tội phạm hoặc tai nạn, gia đình người đã mất và người thân có thể tư vấn miễn phí; mỗi tỉnh, thành phố đều có trung tâm hỗ trợ nạn nhân (48 nơi). Có thể được tư vấn qua điện thoại hoặc gặp trực tiếp, có người đi cùng đến cảnh sát, viện kiểm sát, tòa án, bệnh viện, và được giúp làm các loại đơn từ; nội dung tư vấn được giữ bí mật. Nếu nạn nhân đồng ý, cảnh sát có thể chuyển thông tin liên lạc cho trung tâm hỗ trợ; người không làm thủ tục pháp lý cũng có thể sử dụng.

## Tư vấn bằng tiếng mẹ đẻ của OTIT

service-otit_native_language-name = Tư vấn bằng tiếng mẹ đẻ của Tổ chức Thực tập Kỹ năng cho Người nước ngoài (OTIT)
service-otit_native_language-hours = Mỗi ngôn ngữ có ngày cố định trong tuần, 11:00–19:00 (sổ tay khoảng năm 2020). Một hướng dẫn khác còn ghi khung giờ 9:00–17:00 (có vẻ là thứ Bảy) và ngày trong tuần cũng không khớp, nên cần kiểm tra lại.
service-otit_native_language-expect = Thực tập sinh kỹ năng được tư vấn miễn phí bằng tiếng mẹ đẻ về công việc, lương và làm thêm giờ, bị ép về nước và cuộc sống hằng ngày. Mỗi ngôn ngữ có số điện thoại và ngày riêng. Đã có thông báo hỗ trợ bằng tiếng Myanmar và tiếng Mông Cổ, nhưng số điện thoại cho các tiếng này chưa được xác nhận, số của đường dây khẩn cấp của OTIT về bạo lực và đe dọa (mở tháng 4/2021) cũng vậy.

## Văn phòng Giám sát Tiêu chuẩn Lao động

service-labour_standards_office-name = Văn phòng Giám sát Tiêu chuẩn Lao động
service-labour_standards_office-hours = Phần lớn là ngày thường 8:30–17:15 (ví dụ: Văn phòng Giám sát Tiêu chuẩn Lao động Ichinomiya). Hãy kiểm tra với từng văn phòng.
service-labour_standards_office-expect = Văn phòng Giám sát Tiêu chuẩn Lao động tại địa phương, giải quyết việc không trả lương hoặc tiền làm thêm giờ, sa thải, tai nạn lao động… Luật Tiêu chuẩn Lao động áp dụng cho cả lao động người nước ngoài, không phân biệt quốc tịch. Một số Cục Lao động và văn phòng giám sát có phiên dịch vào những ngày cố định trong tuần.

## Đường dây tư vấn cho lao động người nước ngoài

service-labour_foreign_workers_hotline-name = Đường dây tư vấn cho lao động người nước ngoài (Bộ Y tế, Lao động và Phúc lợi)
service-labour_foreign_workers_hotline-hours = Giờ tiếp nhận chưa xác nhận (tiếng Anh được hướng dẫn là thứ Hai đến thứ Sáu, nhưng giờ chưa được xác nhận).
service-labour_foreign_workers_hotline-expect = Lao động người nước ngoài có thể tư vấn về điều kiện lao động, được giải thích về pháp luật và hướng dẫn tới cơ quan phù hợp. Chỉ số điện thoại cho tiếng Anh, tiếng Trung, tiếng Bồ Đào Nha và tiếng Tây Ban Nha là đã được xác nhận. Đã có thông báo hỗ trợ bằng tiếng Tagalog, tiếng Việt, tiếng Myanmar và tiếng Nepal, nhưng số điện thoại cho các tiếng này chưa được xác nhận. Người gọi phải trả cước điện thoại.

## Đường dây nóng tư vấn điều kiện lao động

service-labour_conditions_hotline-name = Đường dây nóng tư vấn điều kiện lao động “Hotto Line” (労働条件相談「ほっとライン」, Bộ Y tế, Lao động và Phúc lợi)
service-labour_conditions_hotline-hours = Thứ Hai đến thứ Sáu 17:00–22:00, thứ Bảy, Chủ nhật và ngày lễ 9:00–21:00 (nghỉ từ 29/12 đến 3/1). Tiếp nhận vào những giờ Văn phòng Giám sát Tiêu chuẩn Lao động đóng cửa.
service-labour_conditions_hotline-expect = Tư vấn miễn phí, có thể ẩn danh, cho người lao động và người sử dụng lao động trên toàn Nhật Bản về làm thêm giờ trái luật, làm việc quá sức và không được trả lương. Đường dây tư vấn và giới thiệu nơi phù hợp; không xử lý đối với người sử dụng lao động. Số đã được xác nhận là số tiếng Nhật. Đã có thông báo về đường dây ngoại ngữ (8 ngôn ngữ từ tháng 4/2019, sau đó thêm nữa), nhưng số điện thoại thay đổi theo đơn vị nhận thầu và chưa có số hiện tại nào được xác nhận: hãy kiểm tra trang của Bộ trước khi cung cấp số.

## Trung tâm Đường dây nóng Internet

service-internet_hotline_center-name = Trung tâm Đường dây nóng Internet (インターネット・ホットラインセンター)
service-internet_hotline_center-hours = Tiếp nhận qua mẫu báo tin trên trang web (việc ghi rõ tiếp nhận 24 giờ chưa được xác nhận).
service-internet_hotline_center-expect = Có thể báo tin về thông tin bất hợp pháp trên mạng như nội dung khiêu dâm trẻ em, hình ảnh đồi trụy, mời chào mua bán dâm, bán ma túy…, kể cả giấu tên. Trung tâm yêu cầu người quản lý trang web xóa và báo cho cảnh sát, nhưng đây không phải nơi tư vấn, và không xử lý việc bôi nhọ danh dự hay xâm phạm quyền riêng tư. Để xóa ảnh tình dục của chính người trong cuộc bị phát tán khi chưa có sự đồng ý, hãy kết nối tới Safe Line do cùng tổ chức điều hành; các lời đe dọa đến tính mạng thì hãy kết nối tới 110.

## Đường dây tư vấn nhân quyền bằng tiếng nước ngoài

service-foreign_language_human_rights_hotline-name = Đường dây tư vấn nhân quyền bằng tiếng nước ngoài (Bộ Tư pháp)
service-foreign_language_human_rights_hotline-hours = Ngày thường 9:00–17:00 (trừ dịp cuối năm – đầu năm).
service-foreign_language_human_rights_hotline-expect = Cư dân người nước ngoài có thể tư vấn bằng 10 ngôn ngữ về các vấn đề nhân quyền như phân biệt đối xử, bắt nạt, bị từ chối cho thuê nhà hoặc từ chối phục vụ. Qua cuộc gọi ba bên có phiên dịch, cuộc gọi được nối tới Cục Pháp vụ phụ trách. Tư vấn miễn phí nhưng người gọi phải trả cước điện thoại.

## Đường dây nóng Nhân quyền Phụ nữ

service-womens_rights_hotline-name = Đường dây nóng Nhân quyền Phụ nữ (Bộ Tư pháp)
service-womens_rights_hotline-hours = Ngày thường 8:30–17:15. Trong tuần lễ tăng cường tháng 11 hằng năm (ví dụ: 13/11 – 19/11/2024), ngày thường kéo dài đến 19:00, và thứ Bảy, Chủ nhật cũng tiếp nhận từ 10:00–17:00.
service-womens_rights_hotline-expect = Nơi tư vấn của Bộ Tư pháp về các vấn đề liên quan đến nhân quyền của phụ nữ như bạo lực từ chồng hoặc bạn đời, quấy rối tình dục nơi làm việc, bị đeo bám…; nhân viên Cục Pháp vụ hoặc ủy viên bảo vệ nhân quyền sẽ tiếp nhận, và bí mật được giữ kín. Tư vấn miễn phí nhưng người gọi phải trả cước điện thoại. Đường dây tiếp nhận bằng tiếng Nhật, nên với người cần tiếng nước ngoài, hãy hướng dẫn tới Đường dây tư vấn nhân quyền bằng tiếng nước ngoài.

## Ghi chú về số liên lạc

contact-note-ntt-hikari = Gọi từ điện thoại NTT Hikari thì dùng số này. Ở Miyagi: 0120-556-460; ở Saitama: 0120-31-8341; ở Kochi: 0120-835-350.
contact-note-some-ip-phones = Một số điện thoại IP có thể không gọi được (hoặc mất cước). Khi đó, hãy gọi số của nơi tiếp nhận ở từng địa phương.
contact-note-9110-lines = Không dùng được từ điện thoại quay số (đường dây xung) và một số điện thoại IP. Khi đó, hãy gọi số điện thoại tư vấn của cảnh sát tỉnh, thành phố.
contact-note-no-ip-phone = Không gọi được từ điện thoại IP.
contact-note-no-ip-phone-moj = Không gọi được từ điện thoại IP. Khi đó, hãy gọi số của Cục Pháp vụ gần nhất.
contact-note-8778-lines = Ở một số khu vực của Iwate, Niigata, Kyoto, Hyogo, Fukuoka, Oita và Okinawa, tùy đường dây mà có thể không gọi được. Khi đó, hãy gọi số của trung tâm của tỉnh, thành phố.
contact-note-alt-ip-overseas = Gọi từ điện thoại IP hoặc từ nước ngoài thì dùng số này
contact-note-alt-ip-prepaid-overseas = Gọi từ điện thoại IP, điện thoại di động trả trước hoặc từ nước ngoài thì dùng số này
contact-note-alt-ip-prepaid = Gọi từ điện thoại IP hoặc điện thoại di động trả trước thì dùng số này
contact-note-houterasu-victim = Đường dây hỗ trợ nạn nhân tội phạm (dành cho nạn nhân tội phạm và gia đình)
contact-note-yorisoi-foreign = Tiếng nước ngoài: bấm số 2 sau lời thông báo
contact-note-yorisoi-tohoku = Số riêng cho người gọi từ Iwate, Miyagi, Fukushima (không phải số tiếng nước ngoài)
contact-note-fresc-helpdesk = Bàn trợ giúp FRESC (miễn phí). Vì được mở như nơi tiếp nhận tạm thời, hãy kiểm tra xem hiện nay còn hoạt động không.
contact-note-isa-office-list = Trang web của Cơ quan Quản lý Xuất nhập cảnh và Lưu trú (địa chỉ, thông tin liên lạc và giờ tiếp nhận của từng cục)
contact-note-otit-vi = Tiếng Việt: thứ Hai đến thứ Sáu
contact-note-otit-zh = Tiếng Trung: thứ Hai, thứ Tư, thứ Sáu
contact-note-otit-id = Tiếng Indonesia: thứ Ba, thứ Năm
contact-note-otit-fil = Tiếng Filipino: thứ Ba, thứ Bảy (cũng có hướng dẫn ghi thứ Ba, thứ Năm)
contact-note-otit-en = Tiếng Anh: thứ Ba, thứ Bảy (cũng có hướng dẫn ghi thứ Ba, thứ Năm)
contact-note-otit-th = Tiếng Thái: thứ Năm, thứ Bảy
contact-note-otit-km = Tiếng Khmer (tiếng Campuchia): thứ Năm
contact-note-mhlw-fw-en = Tiếng Anh (thứ Hai đến thứ Sáu)
contact-note-lang-zh = Tiếng Trung
contact-note-lang-pt = Tiếng Bồ Đào Nha
contact-note-lang-es = Tiếng Tây Ban Nha
contact-note-check-roudou = Trang của Bộ Y tế, Lao động và Phúc lợi (số điện thoại và giờ hiện tại cho tiếng nước ngoài)
contact-note-safe-line = Safe Line: yêu cầu trang web xóa ảnh tình dục của chính người trong cuộc, nội dung khiêu dâm trẻ em, ảnh bắt nạt… (do cùng tổ chức điều hành).
contact-note-tokumei-web-form = Trang chính thức: có mẫu web để báo tin ẩn danh (bất cứ lúc nào).
contact-note-dv-plus-chat = Trang web: chat 12:00–22:00 bằng tiếng Nhật và 10 ngoại ngữ (chọn ngôn ngữ trên trang); sau khi chat có thể tiếp tục qua email.
contact-note-dv-plus-mail = Mẫu gửi email (tiếng Nhật), 24 giờ. Nếu dùng ngôn ngữ khác, hãy bắt đầu bằng chat.

## Added for routing v2 (issue 13)

service-dv_navi_8008-name = Đường dây hướng dẫn tư vấn bạo lực gia đình #8008 (DV相談ナビ)
service-dv_navi_8008-hours = Chỉ trong giờ làm việc của trung tâm mà cuộc gọi được nối tới; ngoài giờ đó sẽ không có người nghe. Đây không phải số toàn quốc nhận cuộc gọi ban đêm (điện thoại của DV Sodan+ nhận 24 giờ).
service-dv_navi_8008-expect = Nối tới Trung tâm Tư vấn và Hỗ trợ về Bạo lực giữa Vợ chồng (配偶者暴力相談支援センター) gần nhất của tỉnh nơi gọi đi. Nạn nhân bị vợ/chồng hoặc bạn đời bạo hành đều có thể gọi, dù thuộc giới tính nào. Trung tâm tư vấn, trị liệu tâm lý, cung cấp thông tin về lệnh bảo vệ và cuộc sống tự lập, và thu xếp bảo vệ tạm thời (nơi ở an toàn) cho nạn nhân và người đi cùng. Với phụ nữ, việc này thường thông qua Trung tâm Tư vấn và Hỗ trợ Phụ nữ. Với nam giới và người thuộc giới tính khác, không tỉnh nào có nhà tạm lánh công lập: theo một khảo sát năm 2024, chỉ 11/47 tỉnh có chỗ cho nam giới thông qua tổ chức tư nhân, và 7 tỉnh có đường dây bạo lực gia đình dành riêng cho nam giới. Hãy hỏi trung tâm xem tỉnh mình có gì. Người gọi trả phí cuộc gọi.
service-human_rights_110-name = Đường dây Nhân quyền cho Mọi người (Minna no Jinken, Bộ Tư pháp)
service-human_rights_110-hours = Ngày thường 8:30–17:15 (trừ ngày lễ và từ 29/12 đến 3/1). Mẫu tư vấn trên trang web có thể gửi bất cứ lúc nào.
service-human_rights_110-expect = Bất kỳ ai cũng có thể tư vấn về phân biệt đối xử, ngược đãi, quấy rối, bôi nhọ hoặc xâm phạm quyền riêng tư trên mạng và các vấn đề nhân quyền khác. Cuộc gọi được nối tới Cục Pháp vụ gần nhất; nhân viên hoặc Ủy viên Bảo vệ Nhân quyền sẽ trả lời và giữ bí mật. Nếu có thể đã có vi phạm nhân quyền, Cục có thể điều tra và xử lý, ví dụ yêu cầu trang web hoặc nhà cung cấp xóa bài đăng. Tư vấn miễn phí nhưng người gọi trả phí cuộc gọi. Bằng tiếng Nhật; với ngôn ngữ khác có Đường dây Tư vấn Nhân quyền bằng Tiếng nước ngoài.
service-cure_time-name = Cure Time: tư vấn về bạo lực tình dục qua chat và e-mail (Văn phòng Nội các, キュアタイム)
service-cure_time-hours = Chat vào buổi tối (17:00–21:00 theo các nguồn từ 2022 đến 2024), e-mail vào các giờ khác. Lịch đã thay đổi qua các năm: hãy kiểm tra trang web.
service-cure_time-expect = Chat hoặc e-mail trên trang web mà không cần nói tên: chỉ hỏi biệt danh, độ tuổi và khu vực, không cần tài khoản mạng xã hội. Dành cho nạn nhân bạo lực tình dục ở mọi độ tuổi và giới tính, kể cả khi chuyện đã xảy ra lâu, và cho người khó gọi điện thoại. Tư vấn viên chuyên môn phối hợp với bác sĩ, y tá, nhân viên xã hội và luật sư; họ có thể giải thích về thuốc tránh thai khẩn cấp và tìm Trung tâm Hỗ trợ Một cửa gần nhất. Có nhận chat bằng tiếng nước ngoài, nhưng chưa xác nhận được là những ngôn ngữ nào.
service-police_juvenile_consultation-name = Tư vấn thiếu niên của cảnh sát (“Young Telephone Corner” ヤングテレホンコーナー hoặc tên khác ở mỗi tỉnh)
service-police_juvenile_consultation-hours = Tùy tỉnh (ví dụ Tokyo 24 giờ, ban đêm có cảnh sát trực; Mie ngày thường 9:00–17:00). Không có số toàn quốc.
service-police_juvenile_consultation-expect = Cảnh sát mỗi tỉnh đều có đường dây điện thoại để trẻ em, cũng như cha mẹ, giáo viên hoặc người lo lắng cho trẻ, có thể nói về tội phạm, ngược đãi, bắt nạt, chuyện gia đình hay bất cứ điều gì. Có thể tư vấn giấu tên. Nhân viên chuyên môn và cảnh sát trả lời, và có thể gặp trực tiếp. Số điện thoại là số riêng của từng tỉnh (một số nơi miễn phí): hãy tra trên trang web của cảnh sát tỉnh, hoặc thêm vào danh sách địa phương của quầy này.
service-childrens_rights_sos_email-name = E-mail SOS Quyền Trẻ em (こどもの人権SOS-eメール, Bộ Tư pháp)
service-childrens_rights_sos_email-hours = Mẫu trên trang web có thể gửi 24 giờ; câu trả lời sẽ đến sau.
service-childrens_rights_sos_email-expect = Trẻ em có thể viết về bắt nạt, ngược đãi, trừng phạt thân thể hoặc rắc rối khác vào mẫu trên trang web của Bộ Tư pháp mà không phải gọi điện. Nhân viên Cục Pháp vụ hoặc Ủy viên Bảo vệ Nhân quyền sẽ trả lời và giữ bí mật. Miễn phí.
contact-note-8008-lines = Người gọi trả phí cuộc gọi. Một số điện thoại IP, và đường dây NTT analog hoặc Hikari ở một số khu vực, không gọi được.
contact-note-moj-internet-consultation = Mẫu tư vấn nhân quyền qua Internet (gửi bất cứ lúc nào; câu trả lời đến sau)
contact-note-juvenile-per-prefecture = Theo từng tỉnh: số riêng của cảnh sát tỉnh (tra trên trang web của cảnh sát; quầy có thể thêm vào danh sách địa phương)
