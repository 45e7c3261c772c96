### Teks umum layar dan terminal — Bahasa Indonesia (id); lokal acuan adalah ja

option-unknown = Tidak tahu / Tidak ingin menjawab
priority-emergency = Darurat
priority-urgent = Segera
priority-standard = Biasa
local-service-hours = Silakan periksa jam layanan di catatan loket ini sendiri.
local-service-expect = Tempat konsultasi setempat yang didaftarkan sendiri oleh loket ini.
check-before-use = Periksa sebelum digunakan: informasi ini sudah lama atau belum dikonfirmasi.
list-separator = { ", " }
locale-status-reference = Bahasa acuan
locale-status-reviewed = Terjemahan yang sudah diperiksa
locale-status-draft = Terjemahan draf (belum diperiksa)
assured-on = Tanggal pemeriksaan: { $date }
contact-in-person-local = Datang langsung ke kantor terdekat (berbeda menurut daerah)
language-fit-native = Ada kontak yang melayani dalam { $language }
language-fit-interpreter = Layanan ini menyediakan penerjemah (misalnya panggilan tiga arah), jadi { $language } dapat digunakan
language-fit-unknown = Sumber tidak menyebutkan apakah { $language } dapat digunakan
language-fit-none = Tidak tersedia dalam { $language } (menurut sumber, hanya bahasa lain)
language-fit-contact = Untuk { $language }, hubungi kontak ini lebih dulu
language-fit-advice = Jika { $language } tidak dapat digunakan, petugas akan menelepon bersama Anda dan menjelaskan dalam bahasa Jepang. Jika layanan menyediakan penerjemah (misalnya panggilan tiga arah), mintalah.
ui-card-language-fit = Dukungan bahasa
directory-fit-language = Bahasa klien (dukungan bahasa ditampilkan untuknya)

## madoguchi walk

walk-title = Alur konsultasi (petugas: { $staff } / klien: { $client })
walk-choose-one = Silakan ketik satu nomor.
walk-choose-many = Silakan ketik semua nomor yang sesuai, dipisahkan dengan spasi.
walk-back-hint = Ketik 0 untuk kembali ke pertanyaan sebelumnya.
walk-invalid = Nomor itu tidak dapat dipilih. Silakan ketik lagi.
walk-progress = Pertanyaan { $number }
walk-results = Tempat rujukan
walk-no-referrals = Tidak ada tempat rujukan.
walk-why = Alasan
walk-source = Sumber
walk-hours = Jam layanan
walk-ended = Input berakhir, jadi konsultasi dihentikan. Tidak ada catatan yang disimpan.

## madoguchi route (untuk dibaca orang)

route-heading = Tempat rujukan ({ $count ->
   *[other] { $count } tempat
})
route-rules = Aturan yang menjadi dasar: { $rules }

## Aplikasi desktop

ui-strip-label = Nomor darurat
ui-strip-police = Polisi 110
ui-strip-ambulance = Ambulans dan pemadam kebakaran 119
ui-hide = Sembunyikan layar
ui-keys-help = Tombol angka 1–9 untuk memilih. Backspace atau Alt+← untuk kembali. Tekan Esc dua kali untuk mengosongkan layar dan menghapus konsultasi seketika.
ui-start-title = Mulai konsultasi
ui-start-staff-lang = Bahasa petugas
ui-start-client-lang = Bahasa klien
ui-start-mode = Jenis konsultasi
ui-mode-live = Konsultasi nyata
ui-mode-training = Pelatihan (tidak dihitung dalam statistik)
ui-start-privacy = Tidak ada yang dicatat sampai Anda menekan Simpan. Hanya kategori yang tidak mengidentifikasi seseorang yang disimpan.
ui-start-begin = Mulai konsultasi
app-progress = Pertanyaan { $number } dari sekitar { $total }
ui-choose-many = Pilih semua yang sesuai, lalu tekan Berikutnya.
ui-back = Kembali
ui-error-title = Ini tidak dapat dilakukan
ui-error-detail = Rincian (untuk pengelola):
ui-error-back = Kembali ke layar awal
ui-next = Berikutnya
ui-emergency-title = Telepon sekarang
ui-result-title = Rujukan
ui-result-none = Jawaban ini tidak menghasilkan rujukan.
ui-result-answers = Jawaban yang diberikan
ui-result-slip = Tampilkan lembar rujukan
ui-result-save = Simpan dan selesai
ui-card-contact = Kontak
ui-contact-open-failed = Komputer ini tidak dapat membukanya. Hubungi atau ketik secara manual yang ditampilkan.
ui-card-hours = Jam layanan
ui-card-free-call = Biaya telepon
ui-free-call-yes = Gratis
ui-free-call-no = Berbayar
ui-free-call-partly = Sebagian gratis
ui-free-call-unconfirmed = Belum dikonfirmasi
ui-card-anonymous = Konsultasi anonim
ui-anonymous-yes = Bisa
ui-anonymous-no = Tidak bisa
ui-anonymous-partly = Tergantung
ui-anonymous-unconfirmed = Belum dikonfirmasi
ui-card-languages = Bahasa
ui-languages-unconfirmed = (bahasa belum dikonfirmasi)
ui-card-expect = Apa yang akan terjadi
ui-card-why = Alasan rujukan
ui-card-source = Sumber:
ui-card-checked = Tanggal pemeriksaan data
ui-slip-title = Lembar rujukan
ui-slip-intro = Anda dapat menghubungi tempat-tempat di bawah ini. Apakah teleponnya berbayar, dan apakah Anda boleh tidak menyebut nama, tertulis di setiap tempat.
ui-slip-print = Cetak
ui-save-title = Simpan catatan
ui-save-training = Disimpan sebagai catatan pelatihan. Tidak dihitung dalam statistik.
ui-save-privacy = Nama, kontak, alamat, tanggal lahir, atau teks bebas tidak disimpan.
ui-save-outcome = Hasil
ui-outcome-referred = Dirujuk
ui-outcome-referred_with_handover = Dirujuk dan diserahterimakan
ui-outcome-information_only = Hanya informasi
ui-outcome-client_declined = Klien menolak
ui-outcome-interrupted = Terputus
ui-save-interpreter = Menggunakan juru bahasa
ui-save-consent = Klien setuju untuk diserahterimakan
ui-save-region = Wilayah kewarganegaraan (untuk statistik; nama negara tidak dicatat)
ui-region-none = Tidak menjawab / tidak diketahui
ui-region-east_asia = Asia Timur
ui-region-southeast_asia = Asia Tenggara
ui-region-south_asia = Asia Selatan
ui-region-central_asia = Asia Tengah
ui-region-middle_east = Timur Tengah
ui-region-europe = Eropa
ui-region-north_america = Amerika Utara
ui-region-latin_america = Amerika Latin
ui-region-africa = Afrika
ui-region-oceania = Oseania
ui-save-submit = Simpan dan kosongkan layar
ui-save-unavailable = Tidak dapat menyimpan karena file catatan tidak dapat digunakan. Rujukan tetap berfungsi.
ui-save-error-consent = "Diserahterimakan" memerlukan persetujuan klien.
ui-save-error-no-referral = Tidak ada rujukan, jadi "Dirujuk" tidak dapat dipilih.
ui-save-error-data = Konsultasi ini tidak dapat disimpan.
ui-save-error-log = File catatan tidak dapat ditulis. Hubungi administrator.
ui-saved = Tersimpan. Konsultasi telah dihapus dari layar.
ui-blank-title = Layar disembunyikan
ui-new-consultation = Mulai konsultasi baru
ui-problem-file = File:
ui-problem-details = Masalah yang ditemukan
ui-problem-todo = Yang harus dilakukan
ui-problem-continue = Mengerti, lanjutkan
ui-problem-override-title = File pengaturan lokal berisi kesalahan
ui-problem-override-what = Kontak lokal yang ditambahkan atau diubah oleh loket ini tidak dimuat. Hanya kontak nasional yang ditampilkan.
ui-problem-override-todo = Minta administrator memperbaiki baris di atas (periksa dengan: madoguchi validate --override FILE). Lalu jalankan ulang aplikasi.
ui-problem-settings-title = File pengaturan berisi kesalahan
ui-problem-settings-what = File pengaturan tidak dibaca; pengaturan bawaan digunakan (misalnya dikosongkan setelah 5 menit tanpa aktivitas).
ui-problem-settings-todo = Minta administrator memperbaiki baris di atas. Lalu jalankan ulang aplikasi.
ui-problem-log-title = Catatan tidak dapat disimpan
ui-problem-log-damaged = File catatan rusak, jadi dibuka dalam mode hanya-baca.
ui-problem-log-not-a-log = Di tempat file catatan ada file milik program lain. Dibuka dalam mode hanya-baca.
ui-problem-log-newer-schema = File catatan dibuat oleh versi Madoguchi yang lebih baru. Dibuka dalam mode hanya-baca.
ui-problem-log-unavailable = File catatan tidak dapat dibuka.
ui-problem-log-todo = Konsultasi dan rujukan tetap berjalan, tetapi tidak ada yang dapat disimpan. Jangan hapus file; hubungi administrator, yang akan memindahkannya ke tempat aman lalu menjalankan ulang aplikasi.
ui-problem-data-title = Data aplikasi rusak
ui-problem-data-what = Data bawaan gagal diperiksa, jadi konsultasi tidak dapat dimulai.
ui-problem-data-todo = Pasang ulang aplikasi. Jika tidak berhasil, hubungi administrator.

## Training

train-title = Kasus pelatihan: { $case } ({ $difficulty })
train-vignette = Untuk orang yang berperan sebagai klien ({ $lang }):
train-start = Sekarang lakukan konsultasi seperti biasa.
train-debrief = Tinjauan
train-score = Rujukan yang diharapkan yang diberikan: { $hit } dari { $expected }
train-hit = Diberikan sesuai harapan
train-missed = Terlewat
train-must-not = Diberikan, padahal tidak boleh
train-extra = Tidak diperlukan (tidak merugikan)
train-none = (tidak ada)
train-emergency = Darurat
train-emergency-not-needed = Kasus ini tidak memerlukan rujukan darurat, dan tidak ada yang diberikan.
train-emergency-handled = Ditangani lebih dulu: bahaya ditanyakan pertama, dan { $services } diberikan pertama.
train-emergency-missed = Terlewat: kasus ini memerlukan { $services } lebih dulu.
train-emergency-not-first = { $services } diberikan, tetapi bahaya tidak ditanyakan pertama.
train-emergency-unneeded = Nomor darurat diberikan padahal kasus ini tidak memerlukannya.
train-mattered = Pertanyaan yang menentukan
train-mattered-lost = Tanpa jawaban ini, yang berikut akan hilang: { $services }
train-mattered-gained = Tanpa jawaban ini, yang berikut akan bertambah: { $services }
train-mattered-priority = Tanpa jawaban ini, prioritas yang berikut akan berubah: { $services }
train-answer-differed = Jawaban Anda berbeda dari kasus.
train-expected = Mengapa setiap rujukan yang diharapkan
train-given = diberikan
train-not-given = tidak diberikan
train-passed = Lulus: tidak ada yang terlewat, tidak ada rujukan yang salah, keadaan darurat ditangani.
train-review = Tinjau poin-poin di atas bersama pelatih.
train-notes = Catatan pengajaran
train-list-heading = Kasus pelatihan ({ $count })
train-difficulty-intro = Pengantar
train-difficulty-intermediate = Menengah
train-difficulty-advanced = Lanjutan
train-saved = Hasil latihan ini disimpan di { $path } (terpisah dari catatan konsultasi sebenarnya; nama tidak disimpan).
train-route-trafficking = Perdagangan orang
train-route-sexual_crime_8103 = Kejahatan seksual (#8103)
train-route-child_189 = Kekerasan terhadap anak (189)
train-route-one_stop = One-Stop Center
train-route-iom_return = Bantuan pemulangan IOM
train-route-immigration = Imigrasi
train-route-labour = Ketenagakerjaan
train-route-residence = Status tinggal
train-route-discrimination = Diskriminasi
train-route-online_images = Gambar daring
train-route-domestic_violence = Kekerasan dalam rumah tangga
train-route-emergency = Darurat (110/119)
train-route-unknown_answers = Jawaban tidak diketahui

## Directory screen

directory-open-now = Buka sekarang (24 jam atau daring)
directory-open-unknown = Tidak diketahui — periksa jamnya
directory-origin-shipped = Bawaan
directory-origin-overridden = Diubah oleh tempat ini
directory-origin-local = Ditambahkan oleh tempat ini
directory-title = Daftar layanan
directory-search = Cari (nama atau keterangan)
directory-concern = Masalah
directory-language = Bahasa
directory-any = Semua
directory-free-call = Hanya telepon gratis
directory-anonymous = Hanya anonim
directory-open-only = Hanya yang buka sekarang
directory-shown = Layanan yang ditampilkan
directory-none = Tidak ada layanan yang cocok dengan filter ini.
directory-reachable = Buka sekarang
directory-sources = Sumber
directory-confidence = Tingkat keyakinan
directory-confidence-high = Tinggi
directory-confidence-medium = Sedang
directory-confidence-low = Rendah
directory-confidence-unconfirmed = Belum dikonfirmasi
directory-serves = Melayani
directory-origin = Entri

# Records screen
records-title = Catatan tersimpan
records-note = Hanya konsultasi sungguhan, yang terbaru lebih dulu; catatan pelatihan tidak ditampilkan. Catatan hanya berisi kategori: tidak ada yang mengidentifikasi siapa pun.
records-total = Catatan
records-none = Belum ada catatan yang disimpan.
records-unavailable = Log tidak dapat dibaca, jadi catatan tidak dapat ditampilkan.
records-referrals = Dirujuk ke
records-no-referrals = Tidak ada rujukan
records-previous = Halaman sebelumnya
records-next = Halaman berikutnya
records-page = Halaman

# Reports screen: categories and dimensions the flow does not label
report-month = Bulan
report-total = Total
report-unknown = Tidak diketahui
report-not-applicable = Tidak berlaku (WN Jepang)
report-no-service = Tanpa rujukan
report-yes = Ya
report-no = Tidak
report-outcome-referred = Dirujuk
report-outcome-referred_with_handover = Dirujuk dan diserahkan
report-outcome-information_only = Hanya informasi
report-outcome-client_declined = Klien menolak
report-outcome-interrupted = Terputus
report-region-east_asia = Asia Timur
report-region-southeast_asia = Asia Tenggara
report-region-south_asia = Asia Selatan
report-region-central_asia = Asia Tengah
report-region-middle_east = Timur Tengah
report-region-europe = Eropa
report-region-north_america = Amerika Utara
report-region-latin_america = Amerika Latin
report-region-africa = Afrika
report-region-oceania = Oseania
report-dimension-age_group = Kelompok umur
report-dimension-gender = Jenis kelamin
report-dimension-nationality = Kewarganegaraan
report-dimension-region = Wilayah kewarganegaraan
report-dimension-residence = Status tinggal
report-dimension-concern = Masalah
report-dimension-danger = Dalam bahaya
report-dimension-service = Tujuan rujukan
report-dimension-outcome = Hasil
report-dimension-handover_consent = Persetujuan penyerahan
report-dimension-interpreter = Juru bahasa
report-dimension-staff_lang = Bahasa petugas
report-dimension-client_lang = Bahasa klien
report-dimension-desk = Loket

## Reports screen

reports-title = Statistik
reports-note = Jumlah konsultasi sungguhan per bulan; pelatihan tidak pernah dihitung. Jumlah yang kecil disembunyikan, begitu juga sel lain yang dapat dipakai untuk menghitung jumlah yang disembunyikan.
reports-dimension = Hitung menurut
reports-second-dimension = Lalu menurut
reports-no-second = Tidak ada
reports-loading = Menghitung…
reports-records = Konsultasi dalam periode ini
reports-empty = Tidak ada konsultasi yang disimpan dalam periode ini.
reports-unavailable = Log tidak dapat dibaca, jadi statistik tidak dapat dibuat.
reports-bar-title = Seluruh periode
reports-line-title = Per bulan
reports-line-note = Total dan kategori dengan jumlah terbanyak. Garis yang terputus berarti jumlah yang disembunyikan.
reports-table-title = Tabel
reports-export = Ekspor sebagai CSV…
reports-export-dialog = Simpan statistik sebagai file CSV
reports-export-filter = File CSV
reports-exported = Disimpan ke
reports-export-records = Konsultasi yang dihitung
reports-export-cancelled = Tidak ada yang disimpan.
reports-export-failed = Statistik tidak dapat disimpan:

## Settings screen

settings-title = Pengaturan
settings-note = Pengaturan ini hanya disimpan di folder data komputer ini.
settings-data-dir = Folder data
settings-desk = Nama loket
settings-staff-lang = Bahasa petugas saat mulai
settings-client-lang = Bahasa klien saat mulai
settings-idle = Hapus konsultasi yang sedang terbuka setelah sekian detik ini tanpa input
settings-retention = Lama penyimpanan catatan (tahun)
settings-save = Simpan pengaturan
settings-saved = Pengaturan disimpan.
settings-not-saved = Pengaturan tidak disimpan:
settings-error-idle = Waktu tanpa input harus berupa bilangan bulat detik dari 2 sampai 3600.
settings-error-retention = Catatan harus disimpan selama 1 sampai 10 tahun.
settings-error-language = Bahasa itu tidak tersedia.
settings-error-write = File pengaturan tidak dapat ditulis:
settings-log = Log rujukan
settings-log-writable = Berfungsi: konsultasi dapat disimpan.
settings-log-closed = Hanya-baca: tidak ada yang dapat disimpan atau dihapus (lihat pesan yang muncul saat mulai).
settings-log-records = Catatan dalam log
settings-purge-title = Hapus catatan lama
settings-purge-cutoff = Catatan sebelum tanggal ini akan dihapus
settings-purge-count = Catatan yang akan dihapus
settings-purge-training = Hasil pelatihan yang akan dihapus
settings-purge-button = Hapus catatan lama…
settings-purge-yes = Ya, hapus
settings-purge-no = Batal
settings-purge-done = Catatan yang dihapus
settings-purge-nothing = Tidak ada catatan yang lebih lama dari masa penyimpanan.
settings-purge-failed = Catatan tidak dapat dihapus:
settings-purge-changed = Tidak ada yang dihapus: jumlahnya berubah setelah Anda memeriksanya (misalnya, tanggal berganti). Periksa jumlah yang baru, lalu hapus lagi.
settings-override-title = File pengaturan lokal
settings-override-path = File
settings-override-absent = Tidak ada file pengaturan lokal: daftar layanan bawaan yang digunakan.
settings-override-loaded = Terbaca dan valid: sedang digunakan.
settings-override-invalid = Tidak valid, jadi tidak digunakan: daftar layanan bawaan yang digunakan. Perbaiki baris-baris ini, lalu jalankan ulang aplikasi.
settings-override-local = Layanan yang ditambahkan oleh tempat ini
settings-override-changed = Layanan yang diubah oleh tempat ini
settings-check-title = Pemeriksaan data
settings-check-ok = Semua pemeriksaan lulus.
settings-check-failed = Ditemukan masalah:
settings-check-questions = Pertanyaan
settings-check-rules = Aturan
settings-check-services = Layanan
settings-check-languages = Bahasa
settings-check-again = Periksa lagi
settings-check-restart = File pengaturan lokal yang diubah baru digunakan setelah aplikasi dijalankan ulang.
ui-keys-tools = Di layar ini: Alt+D daftar layanan, Alt+R catatan tersimpan, Alt+T statistik, Alt+S pengaturan.

## Reports: fixed publication periods and hidden cells
report-hidden-legend = X: tidak ditampilkan. Kurang dari { $k } pada salah satu bulan tahun fiskal (termasuk nol), atau disembunyikan agar jumlah seperti itu tidak dapat dihitung.
reports-period = Periode
reports-period-fiscal-years = Tahun fiskal (April sampai Maret)
reports-period-quarters = Kuartal
reports-period-months = Bulan
reports-fiscal-year = TF{ $year } (April–Maret)
reports-fiscal-quarter = TF{ $year } K{ $quarter }
reports-period-note = Statistik hanya diterbitkan per bulan, kuartal, dan tahun fiskal, tidak untuk rentang lain: jika tidak, jumlah yang disembunyikan dapat dihitung dengan mengurangkan satu rentang dari yang lain.
ui-problem-log-empty = Berkas log kosong (0 byte): isinya hilang. Berkas ini tidak dijadikan log baru; dibuka dalam mode hanya-baca.
ui-problem-log-cannot-write = Berkas log atau foldernya tidak dapat ditulisi di sini (tanpa izin, atau disk hanya-baca). Berkas tidak rusak; dibuka dalam mode hanya-baca.
ui-problem-log-cannot-write-todo = Konsultasi dan rujukan berjalan, tetapi tidak ada yang dapat disimpan. Hubungi administrator agar folder dan berkas ini dapat ditulisi, lalu mulai ulang aplikasi.
ui-problem-set-aside-title = Sebuah berkas di samping log dipindahkan
ui-problem-set-aside-what = Di samping berkas log ada berkas sementara (WAL atau jurnal) yang bukan milik log ini. Agar tidak tertulis ke log, berkas itu tidak dibaca: namanya diganti dan dibiarkan di folder yang sama. Log tidak berubah dan penyimpanan berfungsi.
ui-problem-set-aside-todo = Jangan hapus berkas yang dipindahkan. Hubungi administrator untuk mencari tahu asalnya (log loket lain, cadangan).
records-month = Bulan
settings-desk-code-help = Kode yang diberikan koordinator untuk loket ini, disimpan bersama setiap konsultasi: misalnya "shinjuku-2f" atau "window-3". Hanya huruf kecil a–z, angka (1 sampai 4) dan tanda hubung. Tidak pernah nama orang.
settings-error-desk-code = Ini bukan kode loket. Gunakan huruf kecil a–z, angka dan tanda hubung, paling banyak 32 karakter, diawali huruf atau angka, dengan paling sedikit 1 dan paling banyak 4 angka (misalnya "window-3"). Nama orang tidak bisa menjadi kode loket.

## Native confirmations (Rust opens them; the page cannot answer)
settings-purge-dialog-title = Hapus catatan lama?
settings-purge-dialog = { $records } catatan dan { $training } hasil pelatihan dari sebelum { $cutoff } akan dihapus. Ini tidak dapat dibatalkan.
settings-purge-cancelled = Tidak ada yang dihapus.
settings-retention-dialog-title = Simpan catatan lebih singkat?
settings-retention-dialog = Catatan akan disimpan { $to } tahun, bukan { $from } tahun. Menghapus catatan lama kemudian akan menghapus { $records } catatan dan { $training } hasil pelatihan dari sebelum { $cutoff }.
settings-retention-dialog-uncounted = Catatan akan disimpan { $to } tahun, bukan { $from } tahun. Menghapus catatan lama kemudian akan menghapus lebih banyak catatan daripada sebelumnya.
settings-retention-dialog-yes = Ya, simpan lebih singkat
settings-error-retention_not_confirmed = Masa penyimpanan tidak diperpendek (Batal dipilih saat konfirmasi); tidak ada yang disimpan.

## Site override errors, by kind (the lines below them give file:line and the detail)
ui-override-error-emergency = Layanan darurat seperti 110 dan 119 tidak dapat diubah oleh berkas ini. Hapus entri tersebut.
ui-override-error-duplicate = Layanan (id) yang sama ditulis dua kali. Sisakan satu.
ui-override-error-entry = Id, kontak (nomor telepon, kode panggil, alamat https), nama (label), atau bahasa suatu layanan tidak valid.
ui-override-error-encoding = Berkas tidak disimpan sebagai UTF-8. Simpan ulang sebagai UTF-8.

## coord
card-japanese-only = (hanya dalam bahasa Jepang)
directory-review-due = Belum diperiksa lebih dari { $months } bulan: pastikan nomor dan jam layanan.
settings-review = Interval pemeriksaan direktori (bulan)
settings-error-review = Interval pemeriksaan 1 sampai 60 bulan.
settings-review-due = Entri yang diperiksa lebih lama dari interval
settings-review-help = Ekspor daftar dengan madoguchi directory review --out review.csv; tulis hasilnya ke berkas override dengan --apply.
settings-override-create = Buat berkas override dari contoh
settings-override-created = Berkas override dibuat dari contoh yang berkomentar. Sunting, tekan "Periksa lagi", lalu mulai ulang aplikasi.
settings-override-create-failed = Berkas override tidak dapat dibuat:
override-error-line = { $file }:{ $line }: { $message }
override-error-syntax = Baris ini tidak dapat dibaca sebagai TOML. Periksa ", [ ] atau { "{" } { "}" } yang belum ditutup dan cara menulis "=".
override-error-unknown-key = Tidak ada kunci { $key }. Kunci sebuah entri: { $keys }
override-error-value = Nilai { $value } dari "{ $field }" tidak dapat digunakan. { $choices ->
    [none] Lihat contoh data/site-override.example.toml.
   *[other] Nilai: { $choices }
}
override-error-missing = Layanan "{ $id }" kurang: { $fields }
override-error-date = { $value } bukan tanggal: tulis tahun-bulan-tanggal, misalnya 2026-04-01.
override-error-duplicate = Layanan { $id } juga ada di baris { $first } berkas ini. Simpan satu saja.
override-error-emergency = "{ $id }" adalah layanan darurat seperti 110 atau 119: berkas ini tidak dapat mengubahnya. Hapus entri ini.
override-error-emergency-with = Layanan "{ $id }": tidak ada yang boleh dicantumkan bersama layanan darurat "{ $with }" (refer_with).
override-error-contact = Kontak ke-{ $number } layanan "{ $id }", { $value }, bukan { $kind ->
    [phone] nomor telepon (mis. 03-1234-5678).
    [dial] nomor pendek (mis. 110 atau #8103).
    [web] alamat yang diawali https://.
    [email] alamat e-mail.
   *[other] "local" (kantor terdekat).
}
override-error-empty = Layanan "{ $id }": "{ $field }" kosong.
override-error-label = Nama (label) layanan "{ $id }" { $problem ->
    [empty] kosong.
    [long] lebih dari { $max } karakter.
   *[other] berisi karakter kontrol.
}
override-error-text = Layanan "{ $id }", "{ $field }": { $problem ->
    [no-ja] tidak ada bahasa Jepang (ja). Bahasa Jepang ditampilkan sebagai pengganti bahasa yang tidak ditulis, jadi wajib.
    [language] "{ $lang }" bukan bahasa aplikasi. Bahasa: { $langs }
    [empty] teks "{ $lang }" kosong.
    [long] teks "{ $lang }" terlalu panjang.
    [both] ada label dan name; simpan name saja.
   *[other] teks "{ $lang }" berisi karakter kontrol.
}
override-error-note = Catatan { $note } pada kontak ke-{ $number } layanan "{ $id }" bukan teks aplikasi. Untuk menulis dengan kata-kata loket sendiri: note = { "{" } ja = "平日のみ", id = "Hanya hari kerja" { "}" }
override-error-shipped-local = Layanan "{ $id }" bawaan aplikasi: label dan refer_with hanya untuk layanan yang ditambahkan loket.
override-error-assured-by = Layanan "{ $id }": tanggal pemeriksaan (assured_date) memerlukan assured_by, sumber (salah satu sources) yang dipakai.
override-error-service-id = { $id } tidak dapat menjadi id: satu huruf kecil, lalu sampai 63 huruf kecil, angka, atau "_".
override-error-local-needs = Layanan "{ $id }" bukan bawaan aplikasi: layanan tambahan memerlukan name (atau label) dan refer_with.
override-error-encoding = Berkas tidak disimpan sebagai UTF-8 ({ $byte } pada byte { $offset }). Simpan ulang sebagai UTF-8.
override-error-refer-with = Layanan "{ $id }": refer_with "{ $with }" bukan layanan bawaan aplikasi.
override-error-serves = Layanan "{ $id }": sasaran (serves) menyebut fakta atau nilai yang tidak dikenal.
override-error-source = Layanan "{ $id }": { $source ->
    [none] tidak ada sumber (sources).
   *[other] sumber { $source } bukan alamat https:// atau baris dokumen.
}
override-error-language = Layanan "{ $id }", bahasa "{ $lang }": { $problem ->
    [tag] kode bahasa salah tulis (mis. vi, pt, fil).
    [unbacked] tidak ada kontak yang berbicara bahasa ini dan tidak ada penerjemahan.
   *[other] tidak ada di languages layanan; tambahkan.
}

## Command errors (the headline of the error screen; the technical detail follows apart)
ui-error-request = Aplikasi diminta sesuatu yang tidak dimilikinya (bahasa, pertanyaan, jawaban, kasus, periode, atau filter).
ui-error-no-content = Data bawaan aplikasi tidak lolos pemeriksaan, jadi ini tidak dapat ditampilkan.
ui-error-log = File log tidak dapat dibaca atau ditulis.
ui-error-settings = Beberapa pengaturan ditolak, jadi tidak ada yang disimpan.
ui-error-desktop = Komputer ini tidak dapat melakukannya (dialog, pencetakan, atau program untuk membukanya).

## uistate: the error screen (what happened when Rust gave no message of its own; Retry)
ui-error-generic = Terjadi masalah tak terduga di dalam aplikasi.
ui-error-todo = Tekan Coba lagi, atau kembali ke layar awal. Jika terus terjadi, tunjukkan rincian di bawah kepada pengelola.
ui-error-retry = Coba lagi

## l10n
# A small mark beside a client-language text nobody has reviewed yet.
ui-draft-marker = Terjemahan belum diperiksa
# The footer of the slip in a language that is a draft (shown in that language and in Japanese).
ui-slip-draft-footer = Lembar ini adalah terjemahan mesin dan belum diperiksa. Jika ada yang tidak jelas, tanyakan kepada petugas.

## About (package)
settings-about-title = Tentang Madoguchi
settings-about-version = Versi
settings-about-data-date = Data direktori per tanggal (sumber terkonfirmasi terbaru)
