### Văn bản hiển thị của quy trình tư vấn (data/flow.toml) — tiếng Việt (vi); ngôn ngữ tham chiếu là ja
###
### Câu hỏi là câu nhân viên quầy đọc cho người được tư vấn (giọng lịch sự). "Người trong cuộc" là người đang
### gặp khó khăn; người được tư vấn có thể là gia đình hoặc người hỗ trợ. Các lựa chọn được viết ngắn vì hiện trên nút lớn.
### Lý do (reason-*) là câu nhân viên đọc để giải thích vì sao giới thiệu nơi đó; chỉ viết trong phạm vi nguồn mà
### mỗi quy tắc trong flow.toml trích dẫn. Số điện thoại hiện cùng thông tin của nơi được giới thiệu, nên không ghi ở đây.

## Câu hỏi và lựa chọn (theo thứ tự hỏi)

question-danger = Ngay lúc này, có ai đang gặp nguy hiểm không?
value-danger-immediate = Có, đang gặp nguy hiểm
value-danger-none = Không, lúc này không nguy hiểm

question-injured = Ngay lúc này, có ai bị thương hoặc sức khỏe đột ngột xấu đi và cần được chữa trị ngay không?
value-injured-yes = Có
value-injured-no = Không

question-concern = Bạn đang gặp khó khăn về việc gì? Vui lòng chọn tất cả những mục phù hợp.
value-concern-trafficking_sexual = Bị ép bán dâm hoặc bị ép quay phim, chụp ảnh tình dục
value-concern-trafficking_labour = Lao động cưỡng bức, bị giữ chân vì nợ, bị lấy hộ chiếu
value-concern-sexual_violence = Bạo lực tình dục (cưỡng hiếp, tấn công tình dục…)
value-concern-child_abuse = Ngược đãi, bỏ mặc trẻ em (kể cả xâm hại tình dục)
value-concern-child_sexual_exploitation = Mua dâm trẻ em, “JK business” (dịch vụ lợi dụng nữ sinh cấp 3), ảnh tình dục của trẻ em
value-concern-online_sexual_images = Ảnh tình dục bị đăng lên mạng, hoặc bị đe dọa sẽ đăng
value-concern-domestic_violence = Bạo lực từ vợ/chồng, người yêu hoặc gia đình (DV)
value-concern-labour_problem = Vấn đề công việc (không được trả lương, quấy rối, bị sa thải…)
value-concern-residence_problem = Tư cách lưu trú, visa, thủ tục
value-concern-discrimination = Phân biệt đối xử hoặc vi phạm nhân quyền khác
value-concern-other = Khác

question-age_group = Người trong cuộc (người đang gặp khó khăn) có dưới 18 tuổi không?
value-age_group-child = Dưới 18 tuổi
value-age_group-adult = Từ 18 tuổi trở lên

question-gender = Vui lòng cho biết giới tính của người trong cuộc. Có thể trả lời theo giới tính mà người đó tự nhận.
value-gender-female = Nữ
value-gender-male = Nam
value-gender-other = Khác

question-nationality = Người trong cuộc có quốc tịch Nhật Bản hay quốc tịch nước ngoài?
value-nationality-japanese = Quốc tịch Nhật Bản
value-nationality-foreign = Quốc tịch nước ngoài

question-residence = Vui lòng cho biết tư cách lưu trú của người trong cuộc.
value-residence-technical_intern = Thực tập kỹ năng
value-residence-skilled_worker = Kỹ năng đặc định
value-residence-other_status = Tư cách lưu trú khác
value-residence-no_status = Không có tư cách lưu trú (ở quá hạn…)
value-residence-refugee_applicant = Đang xin công nhận tị nạn

question-caller = Đây là chuyện của chính bạn, hay bạn đang hỏi tư vấn hoặc báo tin về chuyện của người khác?
value-caller-self = Chính tôi (chuyện của tôi)
value-caller-third_party = Người khác (gia đình, người quen, người hỗ trợ…)

question-recent = Việc bị bạo lực tình dục xảy ra khi nào? Trong vòng 72 giờ (3 ngày) hay trước đó?
value-recent-within_72h = Trong vòng 72 giờ (3 ngày)
value-recent-older = Hơn 72 giờ trước

question-police = Người trong cuộc có muốn hỏi ý kiến cảnh sát hoặc trình báo sự việc với cảnh sát không?
value-police-wants_report = Có
value-police-undecided = Chưa quyết định
value-police-no = Không

question-anonymous = Bạn có muốn tư vấn hoặc báo tin mà không nói tên (giấu tên) không?
value-anonymous-yes = Có
value-anonymous-no = Không

question-shelter = Người trong cuộc có cần ngay một nơi an toàn để ở (nơi lánh nạn) không?
value-shelter-yes = Có
value-shelter-no = Không

question-return_home = Người trong cuộc có muốn về nước mình không?
value-return_home-yes = Có
value-return_home-no = Không
value-return_home-undecided = Chưa quyết định

question-fears_return = Người trong cuộc có cảm thấy mình có thể bị làm hại nếu trở về nước mình không?
value-fears_return-yes = Có
value-fears_return-no = Không

## Lý do giới thiệu (theo thứ tự các quy tắc trong flow.toml)

reason-danger-police = Vì đang có nguy hiểm ngay lúc này, trước hết hãy gọi khẩn cấp cho cảnh sát. Cảnh sát cũng đang mở rộng việc tiếp nhận cuộc gọi khẩn cấp bằng tiếng nước ngoài.
reason-injured-ambulance = Vì có người cần được chữa trị ngay, trước hết hãy gọi xe cấp cứu. Ở nhiều sở cứu hỏa, có thể gọi qua cuộc gọi ba bên có phiên dịch.
reason-child-abuse-189 = Nếu nghĩ rằng một đứa trẻ có thể đang bị ngược đãi, bất kỳ ai cũng có thể liên lạc với Trung tâm Tư vấn Trẻ em, và có thể báo tin mà không cần nói tên. Khi cần, Trung tâm Tư vấn Trẻ em sẽ tạm thời bảo vệ trẻ, giúp trẻ được khám chữa bệnh chuyên môn và có chuyên viên tâm lý trẻ em tư vấn tâm lý.
reason-child-harmed-189 = Vì người trong cuộc dưới 18 tuổi, hoặc có thể dưới 18 tuổi, nên sẽ kết nối với Trung tâm Tư vấn Trẻ em. Trẻ em bị tổn thương về tinh thần hoặc thể chất do bị xâm hại tình dục hoặc tương tự sẽ được hỗ trợ như tạm thời bảo vệ, giúp đi khám bệnh, tư vấn tâm lý; sau khi xác nhận sự việc, cảnh sát cũng sẽ được thông báo.
reason-child-danger-189 = Vì một đứa trẻ đang gặp nguy hiểm, hãy liên lạc với cả cảnh sát và Trung tâm Tư vấn Trẻ em. Khi cần bảo đảm an toàn cho trẻ, Trung tâm Tư vấn Trẻ em sẽ tạm thời bảo vệ trẻ.
reason-child-own-lines = Cũng có những đường dây điện thoại mà chính trẻ em có thể tự gọi để xin tư vấn. Đường dây 24 giờ “Children SOS” (24時間子供SOSダイヤル) tiếp nhận cả ban đêm và ngày nghỉ; đường dây tư vấn miễn phí “Quyền trẻ em” (こどもの人権) của Bộ Tư pháp nhận tư vấn về những lo lắng liên quan đến quyền của trẻ em.
reason-child-trafficking-police = Có khả năng một đứa trẻ đang bị bóc lột tình dục hoặc là nạn nhân của mua bán người. Cảnh sát có nơi tiếp nhận tư vấn về bóc lột tình dục trẻ em, và phối hợp với các cơ quan liên quan và tổ chức phi chính phủ (NGO) để tìm và bảo vệ nạn nhân.
reason-anonymous-report = Qua đường dây báo tin giấu tên của cảnh sát, có thể báo tin về mua bán người, ngược đãi trẻ em và các tội phạm tương tự mà không cần nói tên. Đây là cơ chế để sớm phát hiện những tội phạm thường bị che giấu này.
reason-sv-recent-medical = Trong thời gian ngắn sau khi bị bạo lực tình dục, việc chăm sóc y tế (tránh thai khẩn cấp, giữ lại bằng chứng…) là rất quan trọng. Tại Trung tâm hỗ trợ một cửa, có thể nhận hỗ trợ y tế, chăm sóc tinh thần và tư vấn pháp luật ở cùng một nơi.
reason-sv-onestop = Dù sự việc đã xảy ra một thời gian, vẫn có thể được tư vấn và hỗ trợ tại Trung tâm hỗ trợ một cửa dành cho nạn nhân tội phạm tình dục và bạo lực tình dục. Tỉnh, thành phố nào cũng có trung tâm này.
reason-sv-police = Số điện thoại chung toàn quốc của cảnh sát dành cho nạn nhân tội phạm tình dục sẽ kết nối tới nơi tư vấn của cảnh sát tỉnh, thành phố nơi bạn gọi. Số này được lập ra để nạn nhân dễ hỏi ý kiến cảnh sát hơn, và có thể tư vấn ngay cả trước khi quyết định có trình báo hay không.
reason-sv-no-police-support = Dù không trình báo với cảnh sát, vẫn có thể nhận được hỗ trợ. Nạn nhân tội phạm tình dục không muốn làm thủ tục pháp lý cũng có thể sớm được các tổ chức hỗ trợ nạn nhân tội phạm giúp đỡ.
reason-trafficking-police = Cảnh sát kêu gọi nạn nhân mua bán người trình báo sự việc, và phối hợp với các cơ quan liên quan và tổ chức phi chính phủ (NGO) để bảo vệ nạn nhân. Nơi tư vấn của cảnh sát tiếp nhận tư vấn và tin báo một cách cẩn thận để việc mua bán người không bị bỏ sót.
reason-trafficking-women = Trung tâm Tư vấn và Hỗ trợ Phụ nữ tạm thời bảo vệ phụ nữ là nạn nhân mua bán người, không phân biệt quốc tịch hay tuổi tác. Ở đó cũng có hỗ trợ cuộc sống, hỗ trợ phiên dịch, chăm sóc y tế…
reason-trafficking-immigration = Nạn nhân mua bán người có quốc tịch nước ngoài cũng có thể hỏi ý kiến Cơ quan Quản lý Xuất nhập cảnh và Lưu trú. Với nạn nhân đã được bảo vệ, cơ quan này sẽ có biện pháp như thay đổi tư cách lưu trú hoặc cấp giấy phép lưu trú đặc biệt, có cân nhắc đầy đủ hoàn cảnh của người đó.
reason-fears-return-protection = Người có nguy cơ bị làm hại nếu về nước có thể được bảo vệ tại Nhật Bản với tư cách người tị nạn (có thể bao gồm cả việc bị ngược đãi vì là người thuộc nhóm thiểu số về tính dục hoặc vì giới tính), hoặc là người thuộc diện bảo hộ bổ sung, ví dụ người chạy trốn khỏi xung đột. Trước khi làm thủ tục, an toàn nhất là được tư vấn pháp luật bằng tiếng mẹ đẻ.
reason-trafficking-return-iom = Thông qua Tổ chức Di cư Quốc tế (IOM), Chính phủ Nhật Bản hỗ trợ nạn nhân mua bán người có quốc tịch nước ngoài đã được bảo vệ tại Nhật Bản về nước và ổn định lại cuộc sống sau khi về nước. Hỗ trợ bao gồm giúp tìm việc làm và học nghề, hỗ trợ pháp lý, chi phí y tế, tư vấn tâm lý… Trước khi về nước, IOM kiểm tra sự an toàn của người đó qua văn phòng IOM ở nước nhà.
reason-labour-intern-otit = Thực tập sinh kỹ năng có thể hỏi ý kiến nơi tư vấn của Tổ chức Thực tập Kỹ năng cho Người nước ngoài (OTIT). OTIT cũng đến kiểm tra trực tiếp nơi thực tập.
reason-labour-inspection = Văn phòng Giám sát Tiêu chuẩn Lao động là cơ quan kiểm tra nơi làm việc và xử lý vi phạm pháp luật. Văn phòng cũng phối hợp với cảnh sát, Cơ quan Quản lý Xuất nhập cảnh và Lưu trú… để xử lý lao động cưỡng bức và mua bán người.
reason-labour-foreign-line = Người có quốc tịch nước ngoài có thể gọi điện tư vấn về khó khăn trong công việc bằng tiếng nước ngoài. Các Cục Lao động và các nơi khác đang mở rộng tiếp nhận bằng nhiều ngôn ngữ để người nước ngoài dễ hỏi tư vấn hơn.
reason-labour-hotline = Đường dây nóng tư vấn điều kiện lao động nhận tư vấn về các khó khăn như không được trả lương, làm việc quá nhiều giờ…, gọi từ bất cứ nơi nào trên toàn quốc. Đường dây tiếp nhận cả buổi tối ngày thường, thứ Bảy, Chủ nhật và ngày lễ.
reason-residence-legal = Khi không có tư cách lưu trú, hoặc đang trong thời gian xin công nhận tị nạn, kết quả có thể thay đổi rất nhiều tùy theo lựa chọn từ bây giờ (ví dụ: việc tự mình đến trình diện tại Cục Quản lý Xuất nhập cảnh và Lưu trú được xem là tình tiết có lợi khi xét cấp giấy phép lưu trú đặc biệt). Trước khi làm thủ tục, an toàn nhất là được tư vấn pháp luật bằng tiếng mẹ đẻ.
reason-residence-information = Trung tâm Thông tin Tổng hợp về Lưu trú cho Người nước ngoài hướng dẫn thủ tục về tư cách lưu trú; Cục Quản lý Xuất nhập cảnh và Lưu trú đã thông báo rằng các trung tâm cũng sẽ nhận tư vấn về khó khăn trong cuộc sống. Tại Trung tâm Hỗ trợ Lưu trú cho Người nước ngoài (FRESC), nhiều cơ quan nhà nước phối hợp với nhau để tư vấn về gia hạn, thay đổi tư cách lưu trú và các rắc rối pháp lý.
reason-residence-no-status-bureau = Việc người không có tư cách lưu trú tự mình đến trình diện tại Cục Quản lý Xuất nhập cảnh và Lưu trú (入管) được xem là tình tiết có lợi khi xét cấp giấy phép lưu trú đặc biệt. Thủ tục sau khi trình diện được hướng dẫn cho cả người muốn về nước lẫn người muốn ở lại Nhật Bản.
reason-dv-women = Tại Trung tâm Tư vấn và Hỗ trợ Phụ nữ, ngoài tư vấn, còn có thể được đi cùng đến các cơ quan liên quan, được tạm thời bảo vệ, và con đi cùng cũng được hỗ trợ. DV Sodan Plus (DV相談+) là nơi tư vấn của nhà nước về bạo lực từ vợ/chồng, người yêu…
reason-dv-police = Đường dây chuyên tư vấn của cảnh sát cho lời khuyên và thông tin về các việc không khẩn cấp; khi việc đó nên do cơ quan khác xử lý thì sẽ chuyển sang, có chú ý bảo vệ quyền riêng tư.
reason-images-hotline = Trung tâm Đường dây nóng Internet tiếp nhận tin báo về thông tin bất hợp pháp trên Internet như ảnh tình dục của trẻ em, báo cho cảnh sát, đồng thời yêu cầu người quản lý trang web xóa.
reason-images-police = Với hình ảnh bất hợp pháp trên Internet, cảnh sát có thể yêu cầu người quản lý trang web xóa. Đường dây chuyên tư vấn của cảnh sát cho lời khuyên và thông tin, và khi cần sẽ chuyển sang cơ quan phù hợp, có chú ý bảo vệ quyền riêng tư.
reason-rights-foreign-language = Các cơ quan bảo vệ nhân quyền của Bộ Tư pháp nhận tư vấn nhân quyền về phân biệt đối xử với người nước ngoài, và có cả tư vấn qua điện thoại bằng tiếng nước ngoài.
reason-rights-women = Cục Pháp vụ của Bộ Tư pháp nhận tư vấn về các vấn đề nhân quyền, kể cả bóc lột tình dục; Đường dây nóng Nhân quyền Phụ nữ là nơi tư vấn dành cho phụ nữ. Nếu nghi có vi phạm nhân quyền, họ sẽ điều tra và có biện pháp cần thiết.
reason-victim-legal-help = Houterasu (法テラス, Trung tâm Hỗ trợ Pháp lý Nhật Bản) hướng dẫn về chế độ pháp luật và nơi có thể tư vấn, và giới thiệu luật sư có kinh nghiệm hỗ trợ nạn nhân tội phạm. Dù sự việc đã xảy ra lâu, vẫn có thể tư vấn; nạn nhân không đủ khả năng tài chính có thể được hỗ trợ chi phí luật sư.
reason-crime-victim-support = Các tổ chức hỗ trợ nạn nhân tội phạm hỗ trợ nạn nhân từ sớm và giữ bí mật nội dung tư vấn. Cảnh sát chỉ báo thông tin liên lạc của người trong cuộc cho các tổ chức này khi người đó đồng ý.
reason-foreign-local-counter = Một số chính quyền địa phương có quầy tư vấn một cửa dành cho cư dân người nước ngoài (259 nơi nhận kinh phí quốc gia cho việc này trong năm tài chính 2024): hãy hỏi chính quyền địa phương xem có quầy này không. Tại đó có thể nhận thông tin và lời khuyên về cuộc sống như thủ tục lưu trú, công việc, y tế, phúc lợi, sinh con, nuôi con, giáo dục trẻ em…, và được nhanh chóng kết nối với nơi tư vấn phù hợp.
reason-always-yorisoi = Cùng với các nơi tư vấn khác, người trong cuộc cũng có thể chia sẻ nỗi lo qua Yorisoi Hotline (よりそいホットライン). Ở đó cũng có đường dây tư vấn đa ngôn ngữ dành cho người nước ngoài.
reason-legal-help-multilingual = Dịch vụ cung cấp thông tin đa ngôn ngữ của Houterasu (法テラス) hướng dẫn về chế độ pháp luật và nơi có thể tư vấn bằng tiếng nước ngoài. Houterasu cũng có mặt tại Trung tâm Hỗ trợ Lưu trú cho Người nước ngoài (FRESC), nơi có thể tư vấn về rắc rối liên quan đến lưu trú và pháp luật.
reason-child-shelter-189 = Vì trẻ cần một nơi ở an toàn, hãy liên lạc với Trung tâm Tư vấn Trẻ em. Khi cần bảo đảm an toàn cho trẻ, Trung tâm Tư vấn Trẻ em sẽ tạm thời bảo vệ trẻ.

## Reasons added for routing v2 (issue 13)

reason-child-police-despite-no = Trẻ nói không muốn báo cảnh sát, nhưng một đứa trẻ có thể đang bị bóc lột tình dục hoặc bị mua bán phải được bảo vệ trước hết, nên vẫn phải liên hệ cảnh sát. Hãy nói thật với trẻ điều này. Cảnh sát sẽ bảo vệ trẻ và liên lạc với cha mẹ hoặc người giám hộ và nhà trường. Nếu trẻ sợ gia đình, hãy nói với cảnh sát và Trung tâm Tư vấn Trẻ em: trung tâm có thể tạm thời chăm sóc trẻ khi trẻ khó trở về nhà.
reason-child-police-juvenile = Đường dây tư vấn thiếu niên của cảnh sát tỉnh nhận cuộc gọi của trẻ em và cha mẹ về tội phạm, ngược đãi và những lo lắng khác, để sớm phát hiện trẻ em bị hại. Có thể tư vấn mà không nói tên.
reason-child-write-in = Trẻ khó gọi điện có thể viết cho Bộ Tư pháp bất cứ lúc nào qua mẫu E-mail SOS Quyền Trẻ em.
reason-child-anonymous-lines = Trẻ muốn giấu tên. Đường dây Báo tin Giấu tên của cảnh sát là để người dân báo tin, không phải đường dây tư vấn, nên không phải nơi dành cho trẻ. Những đường dây sau nhận tư vấn của trẻ mà không cần tên: 189 (Trung tâm Tư vấn Trẻ em; nhận cuộc gọi giấu tên) và đường dây tư vấn thiếu niên của cảnh sát tỉnh. Đường dây SOS Trẻ em 24 giờ nghe máy bất cứ lúc nào.
reason-sv-cure-time = Cure Time nhận tư vấn về bạo lực tình dục qua chat và e-mail, không cần tên, cho người ở mọi độ tuổi và giới tính. Phù hợp với người khó nói chuyện qua điện thoại.
reason-trafficking-return-fears-legal = Người này muốn (hoặc có thể muốn) về nước nhưng sợ bị hại ở đó. Đó không phải lý do để bỏ hỗ trợ hồi hương: trước khi về, IOM kiểm tra sự an toàn của người đó qua văn phòng IOM ở nước nhà, và hỗ trợ tôn trọng mong muốn của người đó. Nhưng trước hết hãy được tư vấn pháp lý bằng ngôn ngữ của mình: người có thể bị hại nếu trở về có thể được bảo vệ để ở lại Nhật Bản. Họ có thể quyết định sau đó; không cần chọn ngay bây giờ.
reason-dv-navi-8008 = #8008 nối tới Trung tâm Tư vấn và Hỗ trợ về Bạo lực giữa Vợ chồng gần nhất, nhận tư vấn của nạn nhân mọi giới tính. Trung tâm tư vấn, trị liệu tâm lý, cung cấp thông tin về lệnh bảo vệ và cuộc sống tự lập, và thu xếp bảo vệ tạm thời.
reason-dv-shelter-any-gender = Cần nơi ở an toàn ngay bây giờ. Trung tâm Tư vấn và Hỗ trợ về Bạo lực giữa Vợ chồng (qua #8008) thu xếp bảo vệ tạm thời cho nạn nhân và người đi cùng, và DV Sodan+ có thể thu xếp chỗ ở khẩn cấp khi cần. Ngoài giờ làm việc của trung tâm, điện thoại DV Sodan+ nhận 24 giờ.
reason-dv-shelter-men = Hãy nói thật với nam giới hoặc người thuộc giới tính khác về nơi ở an toàn: các Trung tâm Tư vấn và Hỗ trợ Phụ nữ và nơi tạm lánh của họ là dành cho phụ nữ. Không tỉnh nào có nhà tạm lánh công lập cho nam giới; theo khảo sát năm 2024, 11/47 tỉnh có chỗ cho nam giới thông qua tổ chức tư nhân. Hãy hỏi Trung tâm Tư vấn và Hỗ trợ về Bạo lực giữa Vợ chồng (qua #8008) xem tỉnh này có gì, và hỏi DV Sodan+ về chỗ ở khẩn cấp.
reason-rights-everyone = Đường dây Nhân quyền cho Mọi người của Bộ Tư pháp nhận tư vấn của bất kỳ ai về phân biệt đối xử và các vấn đề nhân quyền khác, kể cả bôi nhọ và xâm phạm quyền riêng tư trên mạng. Nếu có thể đã có vi phạm nhân quyền, Cục Pháp vụ sẽ điều tra và có thể yêu cầu trang web xóa bài đăng.
