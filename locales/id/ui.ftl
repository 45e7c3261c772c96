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
