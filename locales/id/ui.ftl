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
