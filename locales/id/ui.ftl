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
ui-next = Berikutnya
ui-emergency-title = Telepon sekarang
ui-result-title = Rujukan
ui-result-none = Jawaban ini tidak menghasilkan rujukan.
ui-result-answers = Jawaban yang diberikan
ui-result-slip = Tampilkan lembar rujukan
ui-result-save = Simpan dan selesai
ui-card-contact = Kontak
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
ui-slip-intro = Anda dapat menghubungi tempat-tempat di bawah ini. Konsultasi gratis dan dirahasiakan.
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

train-title = Kasus pelatihan { $case } ({ $difficulty })
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

## Directory screen

directory-open-now = Buka sekarang (24 jam atau daring)
directory-open-unknown = Tidak diketahui — periksa jamnya
directory-origin-shipped = Bawaan
directory-origin-overridden = Diubah oleh tempat ini
directory-origin-local = Ditambahkan oleh tempat ini

# Reports screen: categories and dimensions the flow does not label
report-month = Bulan
report-total = Total
report-unknown = Tidak diketahui
report-not-applicable = Tidak berlaku (WN Jepang)
report-no-service = Tanpa rujukan
report-suppressed = Kurang dari { $k } (tidak ditampilkan)
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
