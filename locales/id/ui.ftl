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
