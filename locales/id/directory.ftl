# Teks tampilan direktori tempat rujukan (data/directory.toml) — Bahasa Indonesia (id).
# Sumber dan tanggal pemeriksaan ada di setiap entri directory.toml. Hal yang belum dikonfirmasi ditulis "belum dikonfirmasi".

## 110

service-police_emergency-name = 110 (panggilan darurat ke polisi)
service-police_emergency-hours = Melayani 24 jam.
service-police_emergency-expect = Hubungi saat ada kejahatan yang sedang terjadi, atau saat keselamatan diri terancam. Panggilan gratis. Sebagian kepolisian prefektur melayani bahasa asing melalui panggilan tiga arah dengan penerjemah, tetapi bahasa dan jam layanannya berbeda-beda tiap prefektur.

## 119

service-ambulance_fire-name = 119 (pemadam kebakaran dan ambulans)
service-ambulance_fire-hours = Melayani 24 jam, 365 hari.
service-ambulance_fire-expect = Hubungi saat ada kebakaran, sakit mendadak, cedera, atau perlu penyelamatan. Panggilan dan pengangkutan dengan ambulans gratis. Di banyak dinas pemadam kebakaran bisa dilakukan panggilan tiga arah dengan penerjemah: beri tahu orang yang berbicara bahasa asing untuk menyebutkan nama bahasanya dalam bahasa Inggris atau bahasa ibunya, dan untuk tidak menutup telepon dan terus menunggu meskipun hening atau ada musik tunggu sampai tersambung ke penerjemah.

## Kantor polisi

service-police_station-name = Kantor polisi terdekat
service-police_station-hours = Berbeda-beda tiap kantor polisi. Tidak ada nomor atau jam layanan nasional, jadi periksa alamat dan kontaknya melalui kepolisian prefektur.
service-police_station-expect = Korban perdagangan orang, dan orang yang punya informasi tentang hal itu, diimbau untuk datang ke atau menelepon kantor polisi terdekat (saat darurat, hubungi 110). Korban warga asing juga bisa berkonsultasi ke Biro Imigrasi Daerah. Anak dan orang tua juga bisa berkonsultasi ke bagian remaja (tempat konsultasi remaja) di kantor polisi.

## #9110

service-police_consult_9110-name = Telepon Khusus Konsultasi Polisi "#9110"
service-police_consult_9110-hours = Pada dasarnya hari kerja 8.30–17.15, tetapi berbeda-beda tiap prefektur. Malam hari dan hari libur dilayani petugas jaga atau pesan rekaman; ada prefektur yang melayani 24 jam.
service-police_consult_9110-expect = Digunakan untuk konsultasi ke polisi tentang hal yang tidak darurat, seperti penguntitan (stalker), KDRT (DV), penipuan, atau masalah dengan tetangga. Tersambung ke tempat konsultasi kepolisian prefektur di daerah tempat Anda menelepon. Konsultasinya gratis tetapi biaya telepon ditanggung penelepon, dan layanan bahasa asing berbeda-beda tiap prefektur.

## #8103

service-police_sexual_crime_8103-name = Telepon Konsultasi Korban Kejahatan Seksual, nomor nasional "#8103 (ハートさん, Heart-san)"
service-police_sexual_crime_8103-hours = Melayani 24 jam (24 jam di seluruh Jepang sejak April 2019).
service-police_sexual_crime_8103-expect = Tersambung ke tempat konsultasi korban kejahatan seksual kepolisian prefektur di daerah tempat Anda menelepon. Korban dari jenis kelamin apa pun dapat menelepon, begitu juga keluarga atau pendamping. Ada prefektur yang menerima konsultasi anonim (contoh: Prefektur Ibaraki), dan ada yang menyebutkan bahwa penelepon bisa meminta dilayani polisi perempuan (contoh: Prefektur Nagasaki).

## #8891

service-onestop_8891-name = Pusat Dukungan Satu Atap untuk Korban Kejahatan Seksual dan Kekerasan Seksual (nomor nasional "#8891")
service-onestop_8891-hours = Jam layanan pusat yang tersambung (ada pusat yang buka 24 jam, 365 hari). Saat pusat tutup pada malam hari atau hari libur, panggilan diterima pusat panggilan Kantor Kabinet (disebutkan pada 2022; apakah masih berjalan belum dikonfirmasi).
service-onestop_8891-expect = Tersambung ke Pusat Dukungan Satu Atap di prefektur tempat Anda menelepon. Korban kekerasan seksual dari usia dan jenis kelamin apa pun, serta keluarga atau pendamping, dapat berkonsultasi. Pusat ini dapat menghubungkan ke perawatan medis (kontrasepsi darurat, tes infeksi menular seksual, pengambilan bukti), pemulihan psikologis, dan pendampingan ke polisi atau konsultasi hukum.

## 189

service-child_guidance_189-name = Saluran Kekerasan terhadap Anak dari Pusat Konsultasi Anak "189 (いちはやく, Ichihayaku)"
service-child_guidance_189-hours = Melayani 24 jam.
service-child_guidance_189-expect = Jika ada dugaan kekerasan terhadap anak, siapa pun dapat menelepon; panggilan tersambung ke Pusat Konsultasi Anak terdekat. Laporan bisa anonim, dan identitas pelapor serta isi laporan dirahasiakan. Jika perlu, Pusat Konsultasi Anak memberikan perlindungan sementara, bantuan berobat, dan konseling oleh psikolog; kasus seperti kekerasan seksual diberitahukan kepada polisi setelah dipastikan.

## 24-hour Children SOS Dial

service-children_sos_24h-name = 24-hour Children SOS Dial (24時間子供SOSダイヤル, Kementerian Pendidikan, Kebudayaan, Olahraga, Sains, dan Teknologi)
service-children_sos_24h-hours = Melayani 24 jam, termasuk malam hari dan hari libur.
service-children_sos_24h-expect = Telepon gratis tempat anak maupun orang tua/wali dapat berkonsultasi tentang perundungan (bullying) atau permintaan tolong (SOS) lainnya. Tersambung ke tempat konsultasi dewan pendidikan di daerah tempat Anda menelepon.

## Hotline Hak Anak

service-childrens_rights_hotline-name = Hotline Hak Anak (Kodomo no Jinken, Kementerian Kehakiman)
service-childrens_rights_hotline-hours = Hari kerja 8.30–17.15. Selama pekan intensif tahunan (contoh: 27 Agustus – 2 September 2025), diperpanjang sampai 19.00 pada hari kerja, dan juga melayani Sabtu dan Minggu 10.00–17.00.
service-childrens_rights_hotline-expect = Konsultasi gratis Kementerian Kehakiman tentang hak anak, seperti perundungan, hukuman fisik, atau kekerasan; anak itu sendiri maupun orang dewasa yang mengkhawatirkan seorang anak dapat menelepon. Dilayani oleh staf Biro Urusan Hukum atau Relawan Hak Asasi Manusia, dan kerahasiaan dijaga. Konsultasi juga bisa melalui LINE (@linejinkensoudan) atau email.

## Saluran Laporan Anonim

service-anonymous_reporting_dial-name = Saluran Laporan Anonim (Badan Kepolisian Nasional)
service-anonymous_reporting_dial-hours = Telepon hanya pada hari kerja. Sumber berbeda soal jamnya (9.30–18.15 di FAQ resmi, 10.00–17.00 di sebuah berita), jadi periksa dulu. Laporan lewat formulir web di situs resmi diterima kapan saja.
service-anonymous_reporting_dial-expect = Untuk menyampaikan informasi kepada polisi tanpa menyebut nama tentang perdagangan orang, membayar anak untuk seks atau materi pelecehan seksual anak, kekerasan terhadap anak, dan kejahatan lain; ini bukan layanan konsultasi. Data pribadi tidak ditanyakan dan nomor penelepon tidak terlihat; penelepon mendapat nomor penerimaan dan PIN untuk menindaklanjuti. Jika informasi membantu penangkapan atau perlindungan korban, imbalan dapat dibayarkan (hingga 100.000 yen; hingga 1.000.000 yen untuk informasi yang membantu membubarkan organisasi kriminal), tetapi tidak kepada korban kejahatan yang dilaporkan.

## IOM

service-iom_japan-name = Kantor Organisasi Internasional untuk Migrasi (IOM) di Jepang
service-iom_japan-hours = Senin sampai Jumat, 9.00–12.30 dan 13.30–17.00 (kecuali hari libur IOM). Nomor dan jam ini hanya dikonfirmasi dari satu sumber yang tidak bertanggal.
service-iom_japan-expect = Membantu korban perdagangan orang berkewarganegaraan asing yang sudah dilindungi untuk pulang ke negaranya dan kembali ke masyarakat setelah pulang (pekerjaan dan pelatihan kerja, bantuan hukum, biaya medis, konseling, dan lainnya). Layanan ini untuk orang yang dilindungi sebagai korban oleh polisi, Badan Layanan Imigrasi, atau lembaga sejenis. Ada juga bantuan pulang sukarela bagi sebagian orang yang sudah menerima perintah deportasi, yang membutuhkan pertimbangan kemanusiaan dan khawatir tentang kehidupan setelah pulang.

## Biro Imigrasi Daerah

service-immigration_bureau-name = Biro Imigrasi Daerah (Biro Layanan Imigrasi Regional)
service-immigration_bureau-hours = Berbeda-beda tiap biro dan kantor cabang. Alamat, kontak, dan jam layanan ada di situs web Badan Layanan Imigrasi.
service-immigration_bureau-expect = Menangani perpanjangan masa tinggal, perubahan status izin tinggal, izin tinggal khusus, serta permohonan status pengungsi dan perlindungan pelengkap. Bagi korban perdagangan orang warga asing yang sudah dilindungi, perubahan status izin tinggal atau izin tinggal khusus akan dipertimbangkan; wawancara dilakukan dalam bahasa ibu sebisa mungkin, dan perempuan diwawancarai oleh petugas perempuan. Jika orang yang tidak punya status izin tinggal datang menyerahkan diri atas kemauan sendiri, hal itu dipertimbangkan sebagai keadaan yang menguntungkan dalam keputusan izin tinggal khusus (pedoman yang direvisi Maret 2024).

## Pusat Informasi Umum Izin Tinggal Warga Asing

service-isa_information_center-name = Pusat Informasi Umum Izin Tinggal Warga Asing (Badan Layanan Imigrasi)
service-isa_information_center-hours = Hari kerja 8.30–17.15.
service-isa_information_center-expect = Menjawab pertanyaan lewat telepon tentang prosedur masuk dan tinggal di Jepang serta status izin tinggal. Melayani 17 bahasa termasuk bahasa Jepang (per Juli 2021). Pertanyaan lewat email dijawab dalam bahasa Jepang dan bahasa Inggris.

## FRESC

service-fresc-name = Pusat Dukungan Izin Tinggal Warga Asing (FRESC)
service-fresc-hours = Hari kerja 9.00–17.00 (tutup Sabtu, Minggu, hari libur nasional, dan 29 Desember – 3 Januari). Meja bantuan (Help Desk) juga buka hari kerja 9.00–17.00, tetapi apakah masih beroperasi sekarang belum dikonfirmasi.
service-fresc-expect = Pusat dukungan warga asing di Tokyo, tempat berkumpulnya Biro Layanan Imigrasi Regional Tokyo, Departemen Perlindungan Hak Asasi Manusia Biro Urusan Hukum Tokyo, Houterasu, Biro Ketenagakerjaan Tokyo, Hello Work, dan lainnya; Anda bisa berkonsultasi tentang perpanjangan masa tinggal, perubahan status izin tinggal, dan masalah hukum. Loket melayani 11 bahasa termasuk bahasa Jepang sederhana (2020–2021). Pusat ini juga menjawab pertanyaan dari loket konsultasi terpadu pemerintah daerah.

## Loket konsultasi terpadu pemerintah daerah

service-local_onestop_counter-name = Loket konsultasi terpadu (satu atap) untuk warga asing di pemerintah daerah
service-local_onestop_counter-hours = Berbeda-beda tiap pemerintah daerah. Ada pemerintah daerah yang tidak memiliki loket ini.
service-local_onestop_counter-expect = Loket pemerintah daerah tempat warga asing dapat berkonsultasi tentang prosedur izin tinggal, pekerjaan, layanan medis, kesejahteraan, melahirkan, mengasuh anak, pendidikan, dan lainnya, serta diarahkan ke tempat konsultasi yang tepat. Tidak semua pemerintah daerah memilikinya (pada tahun anggaran 2024, 259 pemerintah daerah menerima dana dari pemerintah pusat untuk ini). Tanyakan bahasa dan jam layanan kepada pemerintah daerah tersebut.

## Pusat Konsultasi dan Dukungan Perempuan

service-women_support_center-name = Pusat Konsultasi dan Dukungan Perempuan (nomor singkat nasional "#8778")
service-women_support_center-hours = Berbeda-beda tiap prefektur (contoh: pusat di Hokkaido buka hari kerja 9.00–17.00). #8778 tersambung ke pusat di prefektur tempat Anda menelepon, jadi mengikuti jam layanan pusat tersebut.
service-women_support_center-expect = Pusat Konsultasi dan Dukungan Perempuan milik prefektur (sampai Maret 2024 bernama Kantor Konsultasi Perempuan, 婦人相談所): perempuan dapat berkonsultasi tentang KDRT (DV), kekerasan seksual, penguntitan, perdagangan orang, kesulitan hidup, masalah keluarga, dan lainnya, serta bisa mendapat perlindungan sementara (tempat tinggal yang aman), termasuk untuk anak yang ikut bersama. Perempuan korban perdagangan orang dilindungi tanpa memandang kewarganegaraan atau usia, dan ada bantuan kehidupan sehari-hari, penerjemahan, perawatan medis, dan lainnya. Biaya telepon ke #8778 ditanggung penelepon.

## DV Sodan Plus

service-dv_sodan_plus-name = DV Sodan Plus (DV相談+, Kantor Kabinet)
service-dv_sodan_plus-hours = Telepon dan email 24 jam; chat 12.00–22.00.
service-dv_sodan_plus-expect = Layanan nasional gratis tentang kekerasan oleh suami/istri atau pasangan. Telepon hanya dalam bahasa Jepang. Dalam 10 bahasa asing, konsultasi lewat chat di situs web (12.00–22.00), dan setelah chat bisa dilanjutkan lewat email (10 bahasa saat dimulai pada 2020 dan di halaman pemerintah daerah tahun 2024; halaman pemerintah lain menyebut 11). Konselor dapat mengatur pendampingan dan tempat tinggal darurat.

## Yorisoi Hotline

service-yorisoi_hotline-name = Yorisoi Hotline (よりそいホットライン)
service-yorisoi_hotline-hours = Melayani 24 jam, 365 hari. Konsultasi bahasa asing setiap hari 10.00–22.00; bahasa yang dilayani berubah menurut hari dan jam (informasi sekitar tahun 2015; jam dan bahasa saat ini belum dikonfirmasi).
service-yorisoi_hotline-expect = Telepon gratis (juga gratis dari ponsel dan telepon umum) untuk berkonsultasi tentang apa saja: kesulitan hidup sehari-hari, kekhawatiran sampai terpikir bunuh diri, KDRT dan kekerasan seksual, minoritas seksual, masalah warga asing, dan lainnya. Untuk konsultasi dalam bahasa asing, tekan 2 setelah pengumuman. Penelepon dari Iwate, Miyagi, dan Fukushima memiliki nomor khusus.

## Houterasu

service-houterasu-name = Houterasu Support Dial (法テラス・サポートダイヤル, Pusat Dukungan Hukum Jepang)
service-houterasu-hours = Hari kerja 9.00–21.00, Sabtu 9.00–17.00 (tutup Minggu, hari libur nasional, dan libur akhir/awal tahun). Saluran Dukungan Korban Kejahatan juga memiliki jam yang sama (informasi tahun 2021).
service-houterasu-expect = Memberi panduan tentang sistem hukum dan tempat konsultasi yang sesuai dengan masalah Anda (operator tidak memberikan konsultasi hukum untuk kasus perorangan). Korban kejahatan dan keluarganya dapat menggunakan Saluran Dukungan Korban Kejahatan untuk diperkenalkan kepada pengacara yang berpengalaman mendampingi korban dan dukungan lainnya, berapa pun lamanya sejak kejadian. Korban yang kurang mampu dapat menerima bantuan biaya pengacara, dan korban kekerasan terhadap anak dapat menerima konsultasi hukum tanpa memandang kemampuan ekonomi.

## Houterasu multibahasa

service-houterasu_multilingual-name = Layanan Informasi Multibahasa Houterasu (法テラス 多言語情報提供サービス)
service-houterasu_multilingual-hours = Senin sampai Jumat, 9.00–17.00.
service-houterasu_multilingual-expect = Layanan Houterasu untuk warga asing, dalam 10 bahasa (Inggris, Mandarin, Korea, Spanyol, Portugis, Vietnam, Tagalog, Nepal, Thai, Indonesia): penerjemah menjawab lalu menyambungkan kantor Houterasu terdekat dalam panggilan tiga arah, untuk menjelaskan sistem hukum dan tempat mencari bantuan soal utang, perceraian, pekerjaan, kecelakaan, status izin tinggal, atau bencana. Konsultasi hukum gratis dengan pengacara hanya untuk orang yang beralamat di Jepang, memiliki status izin tinggal yang sah, dan berpenghasilan rendah: orang tanpa status izin tinggal tidak bisa mendapatkannya. Tidak bisa dihubungi dari luar negeri. Orang yang bisa berbahasa Jepang memakai layanan dukungan Houterasu.

## Pusat dukungan korban kejahatan

service-victim_support_center-name = Jaringan Nasional Dukungan Korban — Pusat Dukungan Telepon untuk Korban Kejahatan
service-victim_support_center-hours = Nomor nasional: 7.30–22.00 (informasi tahun 2019; hari layanan belum dikonfirmasi). Sebagian besar pusat dukungan korban di daerah: hari kerja 10.00–16.00 (2019).
service-victim_support_center-expect = Korban kejahatan atau kecelakaan, keluarga yang ditinggalkan, dan kerabat dapat berkonsultasi secara gratis; ada pusat dukungan korban di setiap prefektur (48 tempat). Tersedia konsultasi lewat telepon atau tatap muka, pendampingan ke polisi, kejaksaan, pengadilan, dan rumah sakit, serta bantuan mengurus berbagai permohonan; isi konsultasi dirahasiakan. Jika korban setuju, polisi dapat memberikan kontak korban kepada pusat dukungan; orang yang tidak menempuh proses hukum juga dapat menggunakannya.

## Konsultasi bahasa ibu OTIT

service-otit_native_language-name = Konsultasi Bahasa Ibu Organisasi Pemagangan Teknis untuk Warga Asing (OTIT)
service-otit_native_language-hours = Setiap bahasa memiliki hari tertentu, 11.00–19.00 (buku panduan sekitar tahun 2020). Informasi lain juga mencantumkan jam 9.00–17.00 (tampaknya hari Sabtu) dan hari yang berbeda, jadi perlu diperiksa.
service-otit_native_language-expect = Konsultasi gratis dalam bahasa sendiri bagi peserta pemagangan teknis, tentang pekerjaan, gaji dan lembur, dipaksa pulang, dan kehidupan sehari-hari. Setiap bahasa punya nomor dan hari sendiri. Layanan dalam bahasa Myanmar dan Mongolia sudah diumumkan, tetapi nomornya belum dikonfirmasi, begitu pula nomor layanan darurat OTIT untuk kekerasan dan ancaman (dibuka April 2021).

## Kantor Pengawas Standar Ketenagakerjaan

service-labour_standards_office-name = Kantor Pengawas Standar Ketenagakerjaan
service-labour_standards_office-hours = Kebanyakan hari kerja 8.30–17.15 (contoh: Kantor Pengawas Standar Ketenagakerjaan Ichinomiya). Periksa ke masing-masing kantor.
service-labour_standards_office-expect = Kantor setempat yang menangani gaji atau upah lembur yang tidak dibayar, PHK, kecelakaan kerja, dan lainnya. Undang-Undang Standar Ketenagakerjaan juga berlaku untuk pekerja asing, tanpa memandang kewarganegaraan. Ada Biro Ketenagakerjaan dan kantor pengawas yang menyediakan penerjemah pada hari tertentu.

## Saluran Konsultasi untuk Pekerja Asing

service-labour_foreign_workers_hotline-name = Saluran Konsultasi untuk Pekerja Asing (Kementerian Kesehatan, Ketenagakerjaan, dan Kesejahteraan)
service-labour_foreign_workers_hotline-hours = Jam layanan belum dikonfirmasi (bahasa Inggris disebutkan Senin sampai Jumat, tetapi jamnya belum dikonfirmasi).
service-labour_foreign_workers_hotline-expect = Pekerja asing dapat berkonsultasi tentang kondisi kerja, mendapat penjelasan tentang hukum dan diarahkan ke lembaga yang tepat. Hanya nomor untuk bahasa Inggris, Mandarin, Portugis, dan Spanyol yang sudah dikonfirmasi. Layanan dalam bahasa Tagalog, Vietnam, Myanmar, dan Nepal sudah diumumkan, tetapi nomor untuk bahasa-bahasa itu belum dikonfirmasi. Biaya telepon ditanggung penelepon.

## Hotline Konsultasi Kondisi Kerja

service-labour_conditions_hotline-name = Hotline Konsultasi Kondisi Kerja "Hotto Line" (労働条件相談「ほっとライン」, Kementerian Kesehatan, Ketenagakerjaan, dan Kesejahteraan)
service-labour_conditions_hotline-hours = Senin sampai Jumat 17.00–22.00; Sabtu, Minggu, dan hari libur nasional 9.00–21.00 (tutup 29 Desember – 3 Januari). Melayani pada jam-jam ketika Kantor Pengawas Standar Ketenagakerjaan tutup.
service-labour_conditions_hotline-expect = Saran gratis, bisa tanpa nama, bagi pekerja dan pemberi kerja di seluruh Jepang tentang lembur ilegal, kerja berlebihan, dan upah tidak dibayar. Layanan ini memberi saran dan rujukan; tidak bertindak terhadap pemberi kerja. Nomor yang dikonfirmasi adalah layanan bahasa Jepang. Layanan bahasa asing sudah diumumkan (8 bahasa sejak April 2019, kemudian bertambah), tetapi nomornya berganti mengikuti kontraktor dan tidak ada nomor terbaru yang dikonfirmasi: periksa halaman kementerian sebelum memberikan nomor.

## Internet Hotline Center

service-internet_hotline_center-name = Internet Hotline Center (インターネット・ホットラインセンター)
service-internet_hotline_center-hours = Melalui formulir laporan di situs web (keterangan jelas bahwa layanan 24 jam belum dikonfirmasi).
service-internet_hotline_center-expect = Menerima laporan, juga secara anonim, tentang informasi ilegal di internet seperti pornografi anak, gambar cabul, ajakan prostitusi, penjualan narkoba, dan lainnya. Pusat ini meminta pengelola situs untuk menghapusnya dan melapor ke polisi, tetapi bukan tempat konsultasi, dan tidak menangani pencemaran nama baik atau pelanggaran privasi. Untuk penghapusan gambar seksual orang yang bersangkutan sendiri yang disebarkan tanpa persetujuannya, hubungkan ke Safe Line yang dikelola organisasi yang sama; ancaman terhadap nyawa hubungkan ke 110.

## Saluran Konsultasi Hak Asasi Manusia dalam Bahasa Asing

service-foreign_language_human_rights_hotline-name = Saluran Konsultasi Hak Asasi Manusia dalam Bahasa Asing (Kementerian Kehakiman)
service-foreign_language_human_rights_hotline-hours = Hari kerja 9.00–17.00 (kecuali libur akhir/awal tahun).
service-foreign_language_human_rights_hotline-expect = Warga asing dapat berkonsultasi dalam 10 bahasa tentang masalah hak asasi manusia seperti diskriminasi, perundungan, atau ditolak untuk menyewa tempat tinggal atau mendapat layanan. Melalui panggilan tiga arah dengan penerjemah, panggilan tersambung ke Biro Urusan Hukum yang bertanggung jawab. Konsultasinya gratis tetapi biaya telepon ditanggung penelepon.

## Hotline Hak Asasi Perempuan

service-womens_rights_hotline-name = Hotline Hak Asasi Perempuan (Kementerian Kehakiman)
service-womens_rights_hotline-hours = Hari kerja 8.30–17.15. Selama pekan intensif setiap bulan November (contoh: 13–19 November 2024), diperpanjang sampai 19.00 pada hari kerja, dan juga melayani Sabtu dan Minggu 10.00–17.00.
service-womens_rights_hotline-expect = Tempat konsultasi Kementerian Kehakiman tentang masalah hak asasi perempuan, seperti kekerasan dari suami atau pasangan, pelecehan seksual di tempat kerja, penguntitan, dan lainnya; dilayani oleh staf Biro Urusan Hukum atau Relawan Hak Asasi Manusia, dan kerahasiaan dijaga. Konsultasinya gratis tetapi biaya telepon ditanggung penelepon. Layanan dalam bahasa Jepang, jadi arahkan orang yang membutuhkan bahasa asing ke Saluran Konsultasi Hak Asasi Manusia dalam Bahasa Asing.

## Catatan kontak

contact-note-ntt-hikari = Dari telepon NTT Hikari. Di Miyagi: 0120-556-460; di Saitama: 0120-31-8341; di Kochi: 0120-835-350.
contact-note-some-ip-phones = Sebagian telepon IP mungkin tidak bisa tersambung (atau dikenai biaya). Jika begitu, hubungi nomor tempat layanan di masing-masing daerah.
contact-note-9110-lines = Tidak bisa digunakan dari telepon putar (pulsa) dan sebagian telepon IP. Jika begitu, hubungi nomor telepon konsultasi kepolisian prefektur.
contact-note-no-ip-phone = Tidak bisa dihubungi dari telepon IP.
contact-note-no-ip-phone-moj = Tidak bisa dihubungi dari telepon IP. Jika begitu, hubungi nomor Biro Urusan Hukum terdekat.
contact-note-8778-lines = Di sebagian wilayah Iwate, Niigata, Kyoto, Hyogo, Fukuoka, Oita, dan Okinawa, mungkin tidak tersambung tergantung jalur teleponnya. Jika begitu, hubungi nomor pusat di prefektur tersebut.
contact-note-alt-ip-overseas = Dari telepon IP atau dari luar negeri
contact-note-alt-ip-prepaid-overseas = Dari telepon IP, ponsel prabayar, atau dari luar negeri
contact-note-alt-ip-prepaid = Dari telepon IP atau ponsel prabayar
contact-note-houterasu-victim = Saluran Dukungan Korban Kejahatan (untuk korban kejahatan dan keluarganya)
contact-note-yorisoi-foreign = Bahasa asing: tekan 2 setelah pengumuman
contact-note-yorisoi-tohoku = Nomor khusus untuk penelepon dari Iwate, Miyagi, dan Fukushima (bukan nomor bahasa asing)
contact-note-fresc-helpdesk = Meja Bantuan FRESC (gratis). Dibuka sebagai layanan sementara, jadi periksa apakah masih beroperasi sekarang.
contact-note-isa-office-list = Situs web Badan Layanan Imigrasi (alamat, kontak, dan jam layanan setiap biro)
contact-note-otit-vi = Bahasa Vietnam: Senin sampai Jumat
contact-note-otit-zh = Bahasa Mandarin: Senin, Rabu, Jumat
contact-note-otit-id = Bahasa Indonesia: Selasa, Kamis
contact-note-otit-fil = Bahasa Filipino: Selasa, Sabtu (ada juga informasi yang menyebut Selasa, Kamis)
contact-note-otit-en = Bahasa Inggris: Selasa, Sabtu (ada juga informasi yang menyebut Selasa, Kamis)
contact-note-otit-th = Bahasa Thai: Kamis, Sabtu
contact-note-otit-km = Bahasa Khmer (bahasa Kamboja): Kamis
contact-note-mhlw-fw-en = Bahasa Inggris (Senin sampai Jumat)
contact-note-lang-zh = Bahasa Mandarin
contact-note-lang-pt = Bahasa Portugis
contact-note-lang-es = Bahasa Spanyol
contact-note-check-roudou = Halaman Kementerian Kesehatan, Ketenagakerjaan, dan Kesejahteraan (nomor dan jam layanan bahasa asing yang berlaku)
contact-note-safe-line = Safe Line: meminta situs untuk menghapus gambar seksual orang yang bersangkutan sendiri, pornografi anak, gambar perundungan, dan lainnya (dikelola organisasi yang sama).
contact-note-tokumei-web-form = Situs resmi: formulir web untuk laporan anonim ada di sana (kapan saja).
contact-note-dv-plus-chat = Situs web: chat 12.00–22.00 dalam bahasa Jepang dan 10 bahasa asing (pilih bahasa di situs); setelah chat bisa dilanjutkan lewat email.
contact-note-dv-plus-mail = Formulir email (bahasa Jepang), 24 jam. Dalam bahasa lain, mulailah dengan chat.

## Added for routing v2 (issue 13)

service-dv_navi_8008-name = Navigasi konsultasi KDRT #8008 (DV相談ナビ)
service-dv_navi_8008-hours = Hanya pada jam layanan pusat yang tersambung; di luar jam itu telepon tidak dijawab. Ini bukan nomor nasional yang menjawab pada malam hari (telepon DV Sodan+ menjawab 24 jam).
service-dv_navi_8008-expect = Menyambungkan ke Pusat Konsultasi dan Dukungan Kekerasan oleh Pasangan (配偶者暴力相談支援センター) terdekat di prefektur tempat menelepon. Korban kekerasan oleh suami/istri atau pasangan dapat menelepon, apa pun gendernya. Pusat ini memberi konsultasi dan konseling, informasi tentang perintah perlindungan dan hidup mandiri, serta mengatur perlindungan sementara (tempat aman) bagi korban dan orang yang menyertainya. Bagi perempuan, biasanya melalui Pusat Konsultasi dan Dukungan Perempuan. Bagi laki-laki dan orang dengan gender lain, tidak ada prefektur yang memiliki shelter umum: dalam survei tahun 2024, hanya 11 dari 47 prefektur yang menyediakan tempat bagi laki-laki melalui lembaga swasta, dan 7 yang memiliki saluran KDRT khusus laki-laki. Tanyakan kepada pusat apa yang tersedia di prefektur itu. Biaya telepon ditanggung penelepon.
service-human_rights_110-name = Saluran Hak Asasi Manusia untuk Semua (Minna no Jinken, Kementerian Kehakiman)
service-human_rights_110-hours = Hari kerja 8.30–17.15 (kecuali hari libur dan 29 Desember–3 Januari). Formulir konsultasi di situs web dapat dikirim kapan saja.
service-human_rights_110-expect = Siapa pun dapat berkonsultasi tentang diskriminasi, kekerasan, pelecehan, pencemaran nama baik atau pelanggaran privasi di internet, dan masalah HAM lainnya. Telepon tersambung ke Biro Urusan Hukum terdekat; staf atau Relawan HAM menjawab dan menjaga kerahasiaan. Jika mungkin ada pelanggaran hak, biro dapat menyelidiki dan bertindak, misalnya meminta situs atau penyedia layanan menghapus unggahan. Konsultasi gratis, tetapi biaya telepon ditanggung penelepon. Dalam bahasa Jepang; untuk bahasa lain ada Saluran HAM dalam Bahasa Asing.
service-cure_time-name = Cure Time: konsultasi kekerasan seksual lewat chat dan e-mail (Kantor Kabinet, キュアタイム)
service-cure_time-hours = Chat pada sore hingga malam (17.00–21.00 menurut sumber tahun 2022–2024), e-mail pada waktu lain. Jadwal pernah berubah: periksa situs webnya.
service-cure_time-expect = Chat atau e-mail di situs web tanpa menyebutkan nama: hanya nama panggilan, kelompok usia, dan daerah yang ditanyakan, dan tidak perlu akun media sosial. Untuk korban kekerasan seksual dari usia dan gender apa pun, juga jika kejadiannya sudah lama, dan bagi siapa saja yang sulit menelepon. Konselor spesialis bekerja sama dengan dokter, perawat, pekerja sosial, dan pengacara; mereka dapat menjelaskan kontrasepsi darurat dan mencarikan Pusat Dukungan Terpadu terdekat. Chat dalam bahasa asing diterima, tetapi bahasa apa saja belum dipastikan.
service-police_juvenile_consultation-name = Konsultasi remaja kepolisian ("Young Telephone Corner" ヤングテレホンコーナー atau nama lain di tiap prefektur)
service-police_juvenile_consultation-hours = Tergantung prefektur (mis. 24 jam di Tokyo, malam hari dijawab polisi piket; hari kerja 9.00–17.00 di Mie). Tidak ada nomor nasional.
service-police_juvenile_consultation-expect = Kepolisian setiap prefektur memiliki saluran telepon tempat anak, serta orang tua, guru atau orang lain yang khawatir tentang seorang anak, dapat membicarakan kejahatan, kekerasan, perundungan, masalah di rumah atau apa saja. Konsultasi anonim diterima. Staf spesialis dan polisi menjawab, dan pertemuan tatap muka juga mungkin. Nomornya milik masing-masing prefektur (gratis di sebagian): cari di situs kepolisian prefektur, atau tambahkan ke daftar lokal loket ini.
service-childrens_rights_sos_email-name = E-mail SOS Hak Anak (こどもの人権SOS-eメール, Kementerian Kehakiman)
service-childrens_rights_sos_email-hours = Formulir di situs web dapat dikirim 24 jam; jawabannya datang kemudian.
service-childrens_rights_sos_email-expect = Anak dapat menulis tentang perundungan, kekerasan, hukuman fisik atau masalah lain di formulir situs web Kementerian Kehakiman tanpa harus menelepon. Staf Biro Urusan Hukum atau Relawan HAM akan menjawab dan menjaga kerahasiaan. Gratis.
contact-note-8008-lines = Biaya telepon ditanggung penelepon. Beberapa telepon IP, serta saluran analog atau Hikari NTT di beberapa daerah, tidak dapat tersambung.
contact-note-moj-internet-consultation = Formulir konsultasi HAM lewat internet (dapat dikirim kapan saja; jawabannya datang kemudian)
contact-note-juvenile-per-prefecture = Per prefektur: nomor kepolisian prefektur itu sendiri (cari di situs webnya; loket dapat menambahkannya ke daftar lokal)
