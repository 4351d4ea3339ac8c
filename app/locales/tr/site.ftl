# Türkçe (Turkish) — site.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Turkish; not word for word, in plain language.
# Review before use: a professional translator with Turkish as first language, and one resident from the hearing's audience reading it on a phone.

# Label of the footer's navigation.
footer_nav = Bu site hakkında

# The privacy notice's name (link and heading).
privacy_title = Gizlilik politikası

# The accessibility statement's name (link and heading).
accessibility_title = Erişilebilirlik beyanı

# Says that the page shows the demo's example values.
site_demo_note = Örnek: veri sorumlusu ve iletişim bilgileri, demonun varsayılan değerleridir. Her kurulum kendi değerlerini belirler (ORDET_CONTROLLER_* ve ORDET_ACCESSIBILITY_*).

# "Address", "E-mail", "Telephone".
contact_labels-1 = Adres
contact_labels-2 = E-posta
contact_labels-3 = Telefon

# Who processes what, in one paragraph.
privacy_intro = Burada bir görüş gönderirken verdiğiniz kişisel verilerin veri sorumlusu: { $controller }. Bu sayfada verileri ne için kullandığımızı, ne kadar süre sakladığımızı ve haklarınızın neler olduğunu okuyabilirsiniz.

# Heading: the data controller.
privacy_controller_heading = Veri sorumlusu

# Heading: the data protection officer.
privacy_dpo_heading = Veri koruma görevlisi

# Before the officer's address.
privacy_dpo_text = Veri koruma görevlimize her zaman yazabilirsiniz:

# Heading: why.
privacy_purpose_heading = Bilgileri ne için kullanıyoruz?

# The purposes, one item each.
privacy_purposes-1 = Görüşünüzü almak ve değerlendirmek; böylece siyasetçiler karar vermeden önce görüşünüzü okuyabilir.
privacy_purposes-2 = E-posta adresinizi doğrulamak; size bir alındı e-postası ve görüşünüzü değiştirebileceğiniz veya geri çekebileceğiniz bir bağlantı göndermek.
privacy_purposes-3 = Görüşleri herkesin okuyabilmesi için yayınlamak (neyin hiçbir zaman yayınlanmadığını aşağıda okuyabilirsiniz).
privacy_purposes-4 = Komite için gelen görüşlerin özetini (hvidbog) ve genel bir tablosunu hazırlamak.

# Heading: the legal basis.
privacy_basis_heading = Hukuki dayanak

# The legal basis: GDPR art. 6(1)(e), art. 9 for sensitive data, CPR numbers.
privacy_basis-1 = Bilgileri, kamu yararına bir görevi yerine getirmek ve kamu yetkisini kullanmak için işliyoruz: belediye, kent sakinlerinin ve kuruluşların görüşünü alır (Genel Veri Koruma Tüzüğü, GDPR, madde 6, fıkra 1, bent e).
privacy_basis-2 = Görüşünüze sağlık, din veya siyasi düşünce gibi hassas bilgileri kendiniz yazarsanız, bu bilgileri madde 9, fıkra 2 (bent g, önemli kamu yararı) uyarınca ve yalnızca görüş toplama için gerekli olduğu ölçüde işleriz. Böyle bilgiler gördüğümüzde görüşü yayınlamayız.
privacy_basis-3 = CPR numarası içeriyor gibi görünen bir görüş veya dosya, bir belediye çalışanı inceleyene kadar yayınlanmaz.

# Heading: what is stored.
privacy_data_heading = Hangi bilgileri saklıyoruz?

# What is stored, one item each.
privacy_data-1 = Adınız ve e-posta adresiniz; verdiyseniz posta kodunuz, kuruluşunuz, CVR numarası ve kuruluştaki göreviniz.
privacy_data-2 = Görüşünüz, eklediğiniz dosyalar ve bu dosyalardan okuduğumuz metin.
privacy_data-3 = Görüşünüzü ne zaman gönderdiğiniz ve onayladığınız; ayrıca çalışanların görüşünüz hakkında verdiği kararlar.
privacy_data-4 = Sunucu kayıtlarında IP adresiniz; ayrıca kötüye kullanımı önlemek için sayaçlarda (adresin kendisi saklanmadan).

# What the public sees, and what never.
privacy_published = Herkes görüşünüzü, dosyalarınızı (kontrol edildikten sonra) ve izin verdiyseniz adınızı görebilir. İzin vermediyseniz adınız yerine "Borger" (kent sakini) yazar ve posta kodunuz gösterilir. Kuruluşlar adlarıyla gösterilir. E-posta adresiniz hiçbir zaman yayınlanmaz.

# Heading: how long.
privacy_retention_heading = Bilgileri ne kadar süre saklıyoruz?

# How long personal data are kept.
privacy_retention = Hiç onaylanmayan görüşleri, dosyalarıyla birlikte 7 gün sonra sileriz. Komite karar verdikten sonra adınızı (yayınlanmasına izin vermediyseniz), e-posta adresinizi, posta kodunuzu ve resmî işlem dosyasına girmeyen ekli dosyaları { $months } ay saklarız – görüş toplama için başka bir süre belirlenmediyse – ve sonra sileriz. Görüş numarası, tarih, yayınlanan metin ve belediye idaresinin notları, işlem dosyasının resmî belgeleri olarak saklanır ve Danimarka Arşiv Kanunu'na (arkivloven) göre arşivlenebilir.

# Heading: your rights.
privacy_rights_heading = Haklarınız

# The rights, one item each.
privacy_rights-1 = Hakkınızda sakladığımız bilgileri görme hakkı (erişim hakkı).
privacy_rights-2 = Yanlış bilgilerin düzeltilmesini isteme hakkı.
privacy_rights-3 = Artık saklamamıza izin olmayan veya saklamak zorunda olmadığımız bilgilerin silinmesini isteme hakkı.
privacy_rights-4 = Bilgilerin işlenmesinin kısıtlanmasını isteme hakkı.
privacy_rights-5 = Bilgilerin işlenmesine itiraz etme hakkı.

# The link to the respondent's own data.
privacy_my_data_link = Bilgilerinizi görün ve indirin

# After the link: how else to use the rights.
privacy_rights_contact = Haklarınızı kullanmak için bize veya veri koruma görevlisine de yazabilirsiniz.

# Heading: complaints.
privacy_complaint_heading = Datatilsynet'e şikâyet

# The right to complain to Datatilsynet.
privacy_complaint = Kişisel verilerinizi nasıl işlediğimizden memnun değilseniz, Danimarka Veri Koruma Kurumu Datatilsynet'e şikâyette bulunma hakkınız vardır. Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby, telefon 33 19 32 00, dt@datatilsynet.dk.

# Which law and which site the statement is about.
accessibility_intro = Kamu kurumlarının web siteleri ve mobil uygulamalarının erişilebilirliği hakkındaki Danimarka yasasına göre bu web sitesini erişilebilir kılmakla yükümlü olan kurum: { $controller }. Bu beyan, görüş toplama platformu ve platformun kent sakinlerine ve çalışanlara yönelik sayfaları için geçerlidir.

# Heading: conformance status.
accessibility_status_heading = Uyumluluk durumu

# The status: partly (known issues) or fully conformant with WCAG 2.1 AA.
accessibility_status-true = Bu web sitesi, aşağıda belirtilen eksiklikler nedeniyle WCAG 2.1 AA düzeyiyle (EN 301 549) kısmen uyumludur.
accessibility_status-false = Bu web sitesi WCAG 2.1 AA düzeyiyle (EN 301 549) uyumludur.

# Heading: what is not accessible.
accessibility_issues_heading = Erişilebilir olmayan içerik

# When no issue is known.
accessibility_no_issues = Bildiğimiz, erişilebilir olmayan bir içerik yok.

# Heading: how the statement was made.
accessibility_made_heading = Beyanın hazırlanması

# When and how it was made.
accessibility_made = Bu beyan şu tarihte hazırlandı: { $date }. Bu bir öz değerlendirmedir, yani değerlendirmeyi kendimiz yaptık. Sitede yapılan her değişiklikte otomatik testler çalışır ve şunları kontrol eder: herkese açık her sayfanın, her dilde axe ile WCAG 2.1 AA düzeyine göre denetlenmesi; taslağı okumaktan görüşü onaylamaya kadar tüm yolun yalnızca klavyeyle, klavyeyle o an seçili olan yer (odak) hep görünür şekilde, Danca ve Arapça olarak tamamlanabilmesi; tüm sayfaların 320 piksel genişlikte, yana kaydırma gerekmeden görüntülenmesi; sitenin daha geniş satır, sözcük ve harf aralıklarıyla, zorunlu renklerle (yüksek karşıtlık) ve azaltılmış hareketle denenmesi; ve sayfanın erişilebilirlik ağacının, yani ekran okuyucuların okuduğu yapının (başlıklar, form alanlarının adları, hata mesajları), daha önce kontrol edilmiş bir kopyayla karşılaştırılması.

# Heading: feedback and contact.
accessibility_feedback_heading = Geri bildirim ve iletişim bilgileri

# How to report what is not accessible.
accessibility_feedback = Erişilebilir olmayan bir içerikle karşılaşırsanız veya bir içeriğe başka bir biçimde ihtiyacınız varsa, bize yazabilir veya bizi arayabilirsiniz:

# Heading: enforcement.
accessibility_enforcement_heading = Denetim

# Digitaliseringsstyrelsen's part.
accessibility_enforcement = Yasanın uygulanmasını Danimarka Dijitalleşme Ajansı (Digitaliseringsstyrelsen) denetler. 10 iş günü içinde bizden tatmin edici bir yanıt alamazsanız Digitaliseringsstyrelsen'e başvurabilirsiniz.

# The link to Digitaliseringsstyrelsen's page.
accessibility_enforcement_link = Digitaliseringsstyrelsen: Erişilebilir olmayan bir içerikle mi karşılaştınız? (Danca)
