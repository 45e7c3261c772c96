### Teks tampilan alur konsultasi (data/flow.toml) — Bahasa Indonesia (id); lokal acuan adalah ja
###
### Pertanyaan dibacakan oleh petugas loket kepada klien (bahasa sopan). "Orang yang bersangkutan" adalah orang yang
### mengalami masalah; klien bisa juga keluarga atau pendamping. Pilihan jawaban dibuat pendek karena tampil di tombol besar.
### Alasan (reason-*) dibacakan petugas untuk menjelaskan mengapa tempat itu dirujuk; isinya hanya sebatas yang tertulis
### di sumber yang dikutip oleh tiap aturan di flow.toml. Nomor telepon ditampilkan bersama informasi tempat rujukan, tidak di sini.

## Pertanyaan dan pilihan (sesuai urutan ditanyakan)

question-danger = Apakah saat ini ada orang yang sedang dalam bahaya?
value-danger-immediate = Ya, ada bahaya sekarang
value-danger-none = Tidak, sekarang tidak ada bahaya

question-injured = Apakah saat ini ada orang yang terluka atau kondisinya tiba-tiba memburuk, dan perlu segera ditolong secara medis?
value-injured-yes = Ya
value-injured-no = Tidak

question-concern = Masalah apa yang sedang Anda hadapi? Silakan pilih semua yang sesuai.
value-concern-trafficking_sexual = Dipaksa melacur atau dipaksa difoto/divideo secara seksual
value-concern-trafficking_labour = Kerja paksa, dijerat utang, paspor diambil
value-concern-sexual_violence = Kekerasan seksual (pemerkosaan, serangan seksual, dll.)
value-concern-child_abuse = Kekerasan atau penelantaran anak (termasuk kekerasan seksual)
value-concern-child_sexual_exploitation = Membayar anak untuk seks, "JK business" (bisnis yang memanfaatkan siswi SMA), gambar seksual anak
value-concern-online_sexual_images = Gambar seksual diunggah ke internet, atau diancam akan diunggah
value-concern-domestic_violence = Kekerasan dari suami/istri, pacar, atau keluarga (KDRT/DV)
value-concern-labour_problem = Masalah pekerjaan (gaji tidak dibayar, pelecehan, PHK, dll.)
value-concern-residence_problem = Status izin tinggal, visa, prosedur
value-concern-discrimination = Diskriminasi atau pelanggaran hak asasi manusia lainnya
value-concern-other = Lainnya

question-age_group = Apakah orang yang bersangkutan (orang yang mengalami masalah) berusia di bawah 18 tahun?
value-age_group-child = Di bawah 18 tahun
value-age_group-adult = 18 tahun ke atas

question-gender = Mohon beri tahu jenis kelamin orang yang bersangkutan. Boleh jenis kelamin menurut orang itu sendiri.
value-gender-female = Perempuan
value-gender-male = Laki-laki
value-gender-other = Lainnya

question-nationality = Apakah orang yang bersangkutan berkewarganegaraan Jepang, atau berkewarganegaraan asing?
value-nationality-japanese = Kewarganegaraan Jepang
value-nationality-foreign = Kewarganegaraan asing

question-residence = Mohon beri tahu status izin tinggal orang yang bersangkutan.
value-residence-technical_intern = Pemagangan Teknis (Ginō Jisshū)
value-residence-skilled_worker = Keterampilan Spesifik (Tokutei Ginō)
value-residence-other_status = Status izin tinggal lain
value-residence-no_status = Tidak punya status izin tinggal (overstay, dll.)
value-residence-refugee_applicant = Sedang mengajukan status pengungsi

question-caller = Apakah konsultasi ini tentang diri Anda sendiri, atau Anda berkonsultasi atau melapor tentang orang lain?
value-caller-self = Saya sendiri (tentang saya)
value-caller-third_party = Orang lain (keluarga, kenalan, pendamping, dll.)

question-recent = Kapan kekerasan seksual itu terjadi? Dalam 72 jam (3 hari) terakhir, atau sebelum itu?
value-recent-within_72h = Dalam 72 jam (3 hari)
value-recent-older = Lebih dari 72 jam yang lalu

question-police = Apakah orang yang bersangkutan ingin berkonsultasi dengan polisi atau melaporkan kejadiannya ke polisi?
value-police-wants_report = Ya
value-police-undecided = Belum memutuskan
value-police-no = Tidak

question-anonymous = Apakah Anda ingin berkonsultasi atau melapor tanpa menyebutkan nama (secara anonim)?
value-anonymous-yes = Ya
value-anonymous-no = Tidak

question-shelter = Apakah orang yang bersangkutan membutuhkan tempat yang aman untuk tinggal (tempat berlindung) sekarang juga?
value-shelter-yes = Ya
value-shelter-no = Tidak

question-return_home = Apakah orang yang bersangkutan ingin pulang ke negara asalnya?
value-return_home-yes = Ya
value-return_home-no = Tidak
value-return_home-undecided = Belum memutuskan

question-fears_return = Apakah orang yang bersangkutan merasa bisa dicelakai jika pulang ke negara asalnya?
value-fears_return-yes = Ya
value-fears_return-no = Tidak

## Alasan rujukan (sesuai urutan aturan di flow.toml)

reason-danger-police = Karena ada bahaya yang mengancam saat ini, panggilan darurat ke polisi didahulukan. Polisi juga sedang memperluas layanan panggilan darurat dalam bahasa asing.
reason-injured-ambulance = Karena ada orang yang perlu segera ditolong secara medis, panggil ambulans terlebih dahulu. Di banyak dinas pemadam kebakaran, panggilan bisa dilakukan melalui panggilan tiga arah dengan penerjemah.
reason-child-abuse-189 = Jika merasa seorang anak mungkin mengalami kekerasan, siapa pun dapat menghubungi Pusat Konsultasi Anak, dan dapat melapor tanpa menyebutkan nama. Jika perlu, Pusat Konsultasi Anak akan melindungi anak untuk sementara, membantu anak mendapat perawatan medis khusus, dan memberikan konseling oleh psikolog anak.
reason-child-harmed-189 = Karena orang yang bersangkutan berusia di bawah 18 tahun, atau mungkin di bawah 18 tahun, ia akan dihubungkan dengan Pusat Konsultasi Anak. Anak yang terluka secara batin atau fisik karena kekerasan seksual atau sejenisnya bisa mendapat dukungan seperti perlindungan sementara, bantuan berobat, dan konseling psikologis; setelah kejadiannya dipastikan, polisi juga akan diberi tahu.
reason-child-danger-189 = Karena ada anak yang dalam bahaya, hubungi Pusat Konsultasi Anak bersama dengan polisi. Pusat Konsultasi Anak melindungi anak untuk sementara jika keselamatan anak perlu dijamin.
reason-child-own-lines = Ada juga saluran telepon yang bisa dihubungi sendiri oleh anak. 24-hour Children SOS Dial (24時間子供SOSダイヤル) juga menerima telepon pada malam hari dan hari libur, dan di konsultasi telepon gratis "Hak Anak" (こどもの人権) dari Kementerian Kehakiman, anak bisa berkonsultasi tentang masalah yang berkaitan dengan hak anak.
reason-child-trafficking-police = Ada kemungkinan seorang anak dieksploitasi secara seksual atau menjadi korban perdagangan orang. Polisi memiliki tempat konsultasi tentang eksploitasi seksual anak, dan bekerja sama dengan lembaga terkait dan LSM (NGO) untuk menemukan dan melindungi korban.
reason-anonymous-report = Melalui Saluran Laporan Anonim polisi, informasi tentang perdagangan orang, kekerasan terhadap anak, dan kejahatan sejenis dapat dilaporkan tanpa menyebutkan nama. Ini adalah cara untuk menemukan lebih awal kejahatan-kejahatan yang sering tersembunyi ini.
reason-sv-recent-medical = Dalam waktu singkat setelah kekerasan seksual, perawatan medis (kontrasepsi darurat, pengamanan bukti, dll.) sangat penting. Di Pusat Dukungan Satu Atap (One-Stop), dukungan medis, pemulihan psikologis, konsultasi hukum, dan lainnya bisa didapat di satu tempat.
reason-sv-onestop = Meskipun kejadiannya sudah agak lama, konsultasi dan dukungan tetap bisa didapat di Pusat Dukungan Satu Atap untuk korban kejahatan seksual dan kekerasan seksual. Pusat ini ada di setiap prefektur.
reason-sv-police = Nomor nasional polisi untuk korban kejahatan seksual tersambung ke tempat konsultasi kepolisian prefektur di daerah tempat Anda menelepon. Nomor ini dibuat agar korban lebih mudah berkonsultasi dengan polisi, dan Anda bisa berkonsultasi bahkan sebelum memutuskan apakah akan melapor.
reason-sv-no-police-support = Dukungan tetap bisa didapat walaupun tidak melapor ke polisi. Korban kejahatan seksual yang tidak ingin menempuh proses hukum juga bisa mendapat dukungan sejak awal dari organisasi pendamping korban kejahatan.
reason-trafficking-police = Polisi mengimbau korban perdagangan orang untuk melaporkan kejadiannya, dan bekerja sama dengan lembaga terkait dan LSM (NGO) untuk melindungi korban. Tempat konsultasi polisi menangani konsultasi dan laporan dengan cermat agar perdagangan orang tidak terlewatkan.
reason-trafficking-women = Pusat Konsultasi dan Dukungan Perempuan memberikan perlindungan sementara kepada perempuan korban perdagangan orang, tanpa memandang kewarganegaraan atau usia. Di sana juga ada bantuan kehidupan sehari-hari, bantuan penerjemahan, perawatan medis, dan lainnya.
reason-trafficking-immigration = Korban perdagangan orang berkewarganegaraan asing juga dapat berkonsultasi dengan Badan Layanan Imigrasi. Bagi korban yang sudah dilindungi, akan diambil langkah seperti perubahan status izin tinggal atau pemberian izin tinggal khusus, dengan sungguh-sungguh mempertimbangkan keadaan orang tersebut.
reason-fears-return-protection = Orang yang berisiko dicelakai jika pulang ke negaranya mungkin dapat dilindungi di Jepang sebagai pengungsi (termasuk kemungkinan penganiayaan karena termasuk minoritas seksual atau karena jenis kelamin), atau sebagai orang yang berhak atas perlindungan pelengkap, misalnya orang yang melarikan diri dari konflik. Sebelum mengurus prosedur apa pun, paling aman berkonsultasi hukum dulu dalam bahasa ibu.
reason-trafficking-return-iom = Melalui Organisasi Internasional untuk Migrasi (IOM), Pemerintah Jepang membantu korban perdagangan orang berkewarganegaraan asing yang dilindungi di Jepang untuk pulang ke negaranya dan membangun kembali kehidupan setelah pulang. Bantuan ini meliputi bantuan kerja dan pelatihan kerja, bantuan hukum, biaya medis, konseling, dan lainnya. Sebelum pulang, IOM memeriksa keselamatan orang itu melalui kantor IOM di negara asal.
reason-labour-intern-otit = Peserta pemagangan teknis dapat berkonsultasi di tempat konsultasi Organisasi Pemagangan Teknis untuk Warga Asing (OTIT). OTIT juga melakukan pemeriksaan langsung ke tempat pemagangan.
reason-labour-inspection = Kantor Pengawas Standar Ketenagakerjaan adalah lembaga yang memeriksa tempat kerja dan menindak pelanggaran hukum. Kantor ini juga bekerja sama dengan polisi, Badan Layanan Imigrasi, dan lainnya untuk menindak kerja paksa dan perdagangan orang.
reason-labour-foreign-line = Warga asing dapat berkonsultasi lewat telepon dalam bahasa asing tentang masalah pekerjaan. Biro Ketenagakerjaan dan lembaga lainnya sedang memperluas layanan dalam berbagai bahasa agar warga asing lebih mudah berkonsultasi.
reason-labour-hotline = Di Hotline Konsultasi Kondisi Kerja, masalah seperti gaji yang tidak dibayar atau jam kerja yang terlalu panjang bisa dikonsultasikan dari mana saja di seluruh Jepang. Hotline ini juga menerima telepon pada malam hari kerja, serta Sabtu, Minggu, dan hari libur nasional.
reason-residence-legal = Jika tidak punya status izin tinggal, atau sedang mengajukan status pengungsi, hasilnya bisa sangat berbeda tergantung pilihan yang diambil mulai sekarang (misalnya, datang menyerahkan diri atas kemauan sendiri ke Biro Imigrasi dianggap sebagai keadaan yang menguntungkan dalam keputusan izin tinggal khusus). Sebelum mengurus prosedur apa pun, paling aman berkonsultasi hukum dulu dalam bahasa ibu.
reason-residence-information = Pusat Informasi Imigrasi menjelaskan prosedur izin tinggal; Badan Layanan Imigrasi telah mengumumkan bahwa pusat ini juga akan menerima konsultasi tentang masalah kehidupan sehari-hari. Di Pusat Dukungan Penduduk Asing (FRESC), beberapa kantor pemerintah bekerja sama memberi saran tentang perpanjangan atau perubahan status izin tinggal dan masalah hukum.
reason-residence-no-status-bureau = Jika orang yang tidak punya status izin tinggal datang menyerahkan diri atas kemauan sendiri ke Biro Imigrasi (入管, Nyūkan), hal itu diperlakukan sebagai keadaan yang menguntungkan dalam keputusan izin tinggal khusus. Prosedur setelah menyerahkan diri dijelaskan baik kepada orang yang ingin pulang ke negaranya maupun kepada orang yang ingin tetap tinggal di Jepang.
reason-dv-women = Di Pusat Konsultasi dan Dukungan Perempuan, selain konsultasi, ada pendampingan ke lembaga terkait dan perlindungan sementara, serta dukungan bagi anak yang ikut bersama. DV Sodan Plus (DV相談+) adalah layanan pemerintah untuk berkonsultasi tentang kekerasan dari suami/istri, pacar, dan lainnya.
reason-dv-police = Telepon Khusus Konsultasi Polisi memberikan saran dan informasi untuk hal-hal yang tidak darurat, dan jika lebih baik ditangani lembaga lain, kasusnya diteruskan ke sana dengan menjaga privasi.
reason-images-hotline = Internet Hotline Center menerima laporan tentang informasi ilegal di internet seperti gambar seksual anak, memberi tahu polisi, dan meminta pengelola situs untuk menghapusnya.
reason-images-police = Untuk gambar ilegal di internet, polisi dapat meminta pengelola situs untuk menghapusnya. Di Telepon Khusus Konsultasi Polisi, Anda bisa mendapat saran dan informasi, dan jika perlu, kasusnya diteruskan ke lembaga yang tepat dengan menjaga privasi.
reason-rights-foreign-language = Lembaga perlindungan hak asasi manusia Kementerian Kehakiman menerima konsultasi hak asasi tentang diskriminasi terhadap warga asing, termasuk konsultasi telepon dalam bahasa asing.
reason-rights-women = Biro Urusan Hukum Kementerian Kehakiman menerima konsultasi tentang masalah hak asasi manusia, termasuk eksploitasi seksual, dan Hotline Hak Asasi Perempuan adalah saluran khusus untuk perempuan. Jika ada dugaan pelanggaran hak asasi, mereka akan menyelidiki dan mengambil tindakan yang diperlukan.
reason-victim-legal-help = Houterasu (法テラス, Pusat Dukungan Hukum Jepang) memberi panduan tentang sistem hukum dan tempat konsultasi, dan memperkenalkan pengacara yang berpengalaman mendampingi korban kejahatan. Konsultasi tetap bisa dilakukan meskipun kejadiannya sudah lama, dan korban yang kurang mampu secara ekonomi bisa mendapat bantuan biaya pengacara.
reason-crime-victim-support = Organisasi pendamping korban kejahatan memberikan dukungan sejak awal dan menjaga kerahasiaan konsultasi. Polisi hanya memberikan kontak orang yang bersangkutan kepada organisasi tersebut jika orang itu setuju.
reason-foreign-local-counter = Sebagian pemerintah daerah memiliki loket konsultasi terpadu untuk penduduk asing (259 menerima dana nasional untuk itu pada tahun fiskal 2024): tanyakan kepada pemerintah daerah apakah ada. Loket ini memberi informasi dan saran tentang kehidupan sehari-hari, seperti prosedur izin tinggal, pekerjaan, layanan kesehatan, kesejahteraan, persalinan, pengasuhan dan pendidikan anak, serta cepat menemukan tempat yang tepat untuk bertanya.
reason-always-yorisoi = Selain tempat konsultasi lain, orang yang bersangkutan juga bisa menceritakan kekhawatirannya di Yorisoi Hotline (よりそいホットライン). Ada juga saluran konsultasi multibahasa untuk warga asing.
reason-legal-help-multilingual = Layanan Informasi Multibahasa Houterasu (法テラス) memberi panduan tentang sistem hukum dan tempat konsultasi dalam bahasa asing. Houterasu juga ada di Pusat Dukungan Izin Tinggal Warga Asing (FRESC), tempat Anda bisa berkonsultasi tentang masalah izin tinggal dan masalah hukum.
reason-child-shelter-189 = Karena anak membutuhkan tempat tinggal yang aman, hubungi Pusat Konsultasi Anak. Pusat Konsultasi Anak melindungi anak untuk sementara jika keselamatan anak perlu dijamin.

## Reasons added for routing v2 (issue 13)

reason-child-police-despite-no = Anak itu bilang tidak mau polisi, tetapi anak yang mungkin dieksploitasi secara seksual atau menjadi korban perdagangan orang harus dilindungi lebih dulu, jadi polisi tetap dilibatkan. Sampaikan hal ini dengan jujur kepada anak. Polisi akan melindungi anak dan menghubungi orang tua atau wali serta sekolah. Jika anak takut pada keluarganya, beri tahu polisi dan Pusat Bimbingan Anak: pusat itu dapat merawat anak untuk sementara jika anak sulit pulang ke rumah.
reason-child-police-juvenile = Saluran konsultasi remaja kepolisian prefektur menerima telepon dari anak dan orang tua tentang kejahatan, kekerasan dan kekhawatiran lain, agar anak korban cepat ditemukan. Konsultasi tanpa menyebutkan nama diterima.
reason-child-write-in = Anak yang sulit menelepon dapat menulis ke Kementerian Kehakiman kapan saja melalui formulir E-mail SOS Hak Anak.
reason-child-anonymous-lines = Anak ingin tetap anonim. Saluran Laporan Anonim polisi adalah untuk informasi dari masyarakat, bukan saluran konsultasi, jadi bukan tempat untuk anak itu. Saluran berikut menerima konsultasi anak tanpa nama: 189 (Pusat Bimbingan Anak; menerima telepon anonim) dan saluran konsultasi remaja kepolisian prefektur. 24-hour Children SOS Dial menjawab kapan saja.
reason-sv-cure-time = Cure Time menerima konsultasi tentang kekerasan seksual lewat chat dan e-mail, tanpa nama, dari orang dengan usia dan gender apa pun. Cocok bagi orang yang sulit berbicara di telepon.
reason-trafficking-return-fears-legal = Orang ini ingin (atau mungkin ingin) pulang, tetapi takut dicelakai di sana. Itu bukan alasan untuk menghapus dukungan pemulangan: sebelum pulang, IOM memeriksa keselamatannya melalui kantor IOM di negara asal, dan dukungannya menghormati keinginan orang itu. Tetapi lebih dulu dapatkan nasihat hukum dalam bahasanya sendiri: orang yang mungkin dicelakai jika pulang mungkin dapat tinggal di Jepang dengan perlindungan. Ia dapat memutuskan sesudahnya; tidak perlu memilih sekarang.
reason-dv-navi-8008 = #8008 menyambungkan ke Pusat Konsultasi dan Dukungan Kekerasan oleh Pasangan terdekat, yang menerima konsultasi dari korban gender apa pun. Pusat ini memberi konsultasi dan konseling, informasi tentang perintah perlindungan dan hidup mandiri, serta mengatur perlindungan sementara.
reason-dv-shelter-any-gender = Tempat yang aman dibutuhkan sekarang. Pusat Konsultasi dan Dukungan Kekerasan oleh Pasangan (melalui #8008) mengatur perlindungan sementara bagi korban dan yang menyertainya, dan DV Sodan+ dapat mengatur penginapan darurat bila perlu. Di luar jam pusat, telepon DV Sodan+ menjawab 24 jam.
reason-dv-shelter-men = Bersikaplah jujur kepada laki-laki atau orang dengan gender lain tentang tempat aman: Pusat Konsultasi dan Dukungan Perempuan dan shelter-nya adalah untuk perempuan. Tidak ada prefektur yang memiliki shelter umum untuk laki-laki; dalam survei tahun 2024, 11 dari 47 prefektur menyediakan tempat bagi laki-laki melalui lembaga swasta. Tanyakan kepada Pusat Konsultasi dan Dukungan Kekerasan oleh Pasangan (melalui #8008) apa yang ada di prefektur ini, dan kepada DV Sodan+ tentang penginapan darurat.
reason-rights-everyone = Saluran HAM untuk Semua dari Kementerian Kehakiman menerima konsultasi dari siapa pun tentang diskriminasi dan masalah HAM lain, termasuk pencemaran nama baik dan pelanggaran privasi di internet. Jika mungkin ada pelanggaran hak, Biro Urusan Hukum menyelidiki dan dapat meminta situs menghapus unggahan itu.
