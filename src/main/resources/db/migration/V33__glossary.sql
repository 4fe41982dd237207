-- The glossary: words residents meet, explained in plain language, in any of the portal's languages
-- (English required). A term's slug is its anchor on /glossary (/glossary#carer); its forms are the other
-- ways of writing the word that count as the same word where content links to it, one a line.
CREATE TABLE glossary_term (
    id   BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug VARCHAR(80) NOT NULL,
    CONSTRAINT uq_glossary_term_slug UNIQUE (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE glossary_term_text (
    term_id  BIGINT        NOT NULL,
    language VARCHAR(16)   NOT NULL,
    word     VARCHAR(200)  NOT NULL,
    forms    VARCHAR(1000) NULL,
    meaning  VARCHAR(2000) NOT NULL,
    PRIMARY KEY (term_id, language),
    CONSTRAINT fk_glossary_term_text FOREIGN KEY (term_id) REFERENCES glossary_term (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The twelve terms the glossary page explained until now, with their words as the message bundles had them.
INSERT INTO glossary_term (slug) VALUES ('serviceUser'), ('carer'), ('involvement'), ('ladder'), ('coProduction'), ('forum'), ('taskAndFinish'), ('consultation'), ('easyRead'), ('youSaidWeDid'), ('seldomHeard'), ('anonymous');
INSERT INTO glossary_term_text (term_id, language, word, forms, meaning)
SELECT g.id, v.language, v.word, v.forms, v.meaning
FROM (
    SELECT 'serviceUser' AS slug, 'en' AS language, 'Service user' AS word, 'service users
people who use services' AS forms, 'A person who uses social care services, or may need them.' AS meaning
    UNION ALL
    SELECT 'serviceUser' AS slug, 'cy' AS language, 'Defnyddiwr gwasanaeth' AS word, NULL AS forms, 'Person sy''n defnyddio gwasanaethau gofal cymdeithasol, neu a allai fod eu hangen.' AS meaning
    UNION ALL
    SELECT 'serviceUser' AS slug, 'bn' AS language, 'সেবাগ্রহীতা' AS word, NULL AS forms, 'যিনি সামাজিক পরিচর্যা সেবা ব্যবহার করেন, বা যার এই সেবা দরকার হতে পারে।' AS meaning
    UNION ALL
    SELECT 'serviceUser' AS slug, 'so' AS language, 'Isticmaalaha adeegga' AS word, NULL AS forms, 'Qof isticmaala adeegyada daryeelka bulshada, ama laga yaabo inuu u baahdo.' AS meaning
    UNION ALL
    SELECT 'serviceUser' AS slug, 'tr' AS language, 'Hizmet kullanıcısı' AS word, NULL AS forms, 'Sosyal bakım hizmetlerini kullanan ya da bu hizmetlere ihtiyaç duyabilecek kişi.' AS meaning
    UNION ALL
    SELECT 'serviceUser' AS slug, 'pl' AS language, 'Osoba korzystająca z usług' AS word, NULL AS forms, 'Osoba, która korzysta z usług opieki społecznej albo może ich potrzebować.' AS meaning
    UNION ALL
    SELECT 'serviceUser' AS slug, 'ur' AS language, 'سروس استعمال کرنے والا' AS word, NULL AS forms, 'وہ شخص جو سماجی نگہداشت کی خدمات استعمال کرتا ہے، یا جسے ان کی ضرورت پڑ سکتی ہے۔' AS meaning
    UNION ALL
    SELECT 'serviceUser' AS slug, 'ar' AS language, 'مستخدم الخدمة' AS word, NULL AS forms, 'شخص يستخدم خدمات الرعاية الاجتماعية، أو قد يحتاج إليها.' AS meaning
    UNION ALL
    SELECT 'serviceUser' AS slug, 'zh-Hans' AS language, '服务使用者' AS word, NULL AS forms, '正在使用或可能需要社会关怀服务的人。' AS meaning
    UNION ALL
    SELECT 'carer' AS slug, 'en' AS language, 'Carer' AS word, 'carers
unpaid carer
unpaid carers' AS forms, 'Someone who looks after a family member, partner or friend without being paid.' AS meaning
    UNION ALL
    SELECT 'carer' AS slug, 'cy' AS language, 'Gofalwr' AS word, 'gofalwyr
ofalwr
ofalwyr' AS forms, 'Rhywun sy''n gofalu''n ddi-dâl am aelod o''r teulu, partner neu ffrind.' AS meaning
    UNION ALL
    SELECT 'carer' AS slug, 'bn' AS language, 'পরিচর্যাকারী (কেয়ারার)' AS word, NULL AS forms, 'যিনি কোনো টাকা না নিয়ে পরিবারের কোনো সদস্য, সঙ্গী বা বন্ধুর দেখাশোনা করেন।' AS meaning
    UNION ALL
    SELECT 'carer' AS slug, 'so' AS language, 'Daryeele' AS word, NULL AS forms, 'Qof si lacag la''aan ah u daryeela xubin qoyska ka mid ah, lammaane ama saaxiib.' AS meaning
    UNION ALL
    SELECT 'carer' AS slug, 'tr' AS language, 'Bakım veren kişi' AS word, NULL AS forms, 'Bir aile üyesine, eşine ya da arkadaşına para almadan bakan kişi.' AS meaning
    UNION ALL
    SELECT 'carer' AS slug, 'pl' AS language, 'Opiekun' AS word, 'opiekunowie
opiekunów
opiekuna' AS forms, 'Ktoś, kto bez wynagrodzenia opiekuje się członkiem rodziny, partnerem lub przyjacielem.' AS meaning
    UNION ALL
    SELECT 'carer' AS slug, 'ur' AS language, 'دیکھ بھال کرنے والا (کیئرر)' AS word, 'دیکھ بھال کرنے والے' AS forms, 'وہ شخص جو بغیر معاوضے کے خاندان کے کسی فرد، جیون ساتھی یا دوست کی دیکھ بھال کرتا ہے۔' AS meaning
    UNION ALL
    SELECT 'carer' AS slug, 'ar' AS language, 'مقدّم الرعاية' AS word, NULL AS forms, 'شخص يعتني بأحد أفراد عائلته أو بشريك حياته أو بصديق، دون أن يتقاضى أجرًا.' AS meaning
    UNION ALL
    SELECT 'carer' AS slug, 'zh-Hans' AS language, '照顾者' AS word, NULL AS forms, '无偿照顾家人、伴侣或朋友的人。' AS meaning
    UNION ALL
    SELECT 'involvement' AS slug, 'en' AS language, 'Involvement' AS word, 'participation
engagement' AS forms, 'Taking part in decisions about care services. People also call this participation or engagement.' AS meaning
    UNION ALL
    SELECT 'involvement' AS slug, 'cy' AS language, 'Cynnwys pobl' AS word, NULL AS forms, 'Cymryd rhan mewn penderfyniadau am wasanaethau gofal. Mae pobl hefyd yn galw hyn yn gyfranogiad neu''n ymgysylltu.' AS meaning
    UNION ALL
    SELECT 'involvement' AS slug, 'bn' AS language, 'সম্পৃক্ততা' AS word, NULL AS forms, 'পরিচর্যা সেবা নিয়ে সিদ্ধান্ত নেওয়ার কাজে অংশ নেওয়া। একে অংশগ্রহণ বা যুক্ততাও বলা হয়।' AS meaning
    UNION ALL
    SELECT 'involvement' AS slug, 'so' AS language, 'Ka-qaybqaadasho' AS word, NULL AS forms, 'Ka qayb qaadashada go''aamada ku saabsan adeegyada daryeelka. Dadku waxay sidoo kale ugu yeeraan ka-qaybgal ama wada-shaqeyn.' AS meaning
    UNION ALL
    SELECT 'involvement' AS slug, 'tr' AS language, 'Katılım' AS word, NULL AS forms, 'Bakım hizmetleriyle ilgili kararlarda yer almak. Buna dahil olma ya da katkıda bulunma da denir.' AS meaning
    UNION ALL
    SELECT 'involvement' AS slug, 'pl' AS language, 'Zaangażowanie' AS word, NULL AS forms, 'Udział w decyzjach dotyczących usług opiekuńczych. Mówi się na to także uczestnictwo lub partycypacja.' AS meaning
    UNION ALL
    SELECT 'involvement' AS slug, 'ur' AS language, 'شمولیت' AS word, NULL AS forms, 'نگہداشت کی خدمات کے بارے میں فیصلوں میں حصہ لینا۔ لوگ اسے شرکت یا وابستگی بھی کہتے ہیں۔' AS meaning
    UNION ALL
    SELECT 'involvement' AS slug, 'ar' AS language, 'الإشراك' AS word, NULL AS forms, 'المشاركة في القرارات المتعلقة بخدمات الرعاية. ويسمّيه الناس أيضًا المشاركة أو الانخراط.' AS meaning
    UNION ALL
    SELECT 'involvement' AS slug, 'zh-Hans' AS language, '参与' AS word, NULL AS forms, '参与有关关怀服务的决定。人们也把这叫作公众参与或互动。' AS meaning
    UNION ALL
    SELECT 'ladder' AS slug, 'en' AS language, 'Ladder of participation' AS word, NULL AS forms, 'The ways you can take part, from being kept informed, to giving your views, to working with us, to leading.' AS meaning
    UNION ALL
    SELECT 'ladder' AS slug, 'cy' AS language, 'Ysgol cyfranogiad' AS word, NULL AS forms, 'Y ffyrdd y gallwch chi gymryd rhan: o gael gwybod beth sy''n digwydd, i roi eich barn, i weithio gyda ni, i arwain.' AS meaning
    UNION ALL
    SELECT 'ladder' AS slug, 'bn' AS language, 'অংশগ্রহণের সিঁড়ি' AS word, NULL AS forms, 'আপনি যেভাবে অংশ নিতে পারেন: খবরাখবর জানা থেকে শুরু করে মতামত দেওয়া, আমাদের সাথে কাজ করা, আর নেতৃত্ব দেওয়া পর্যন্ত।' AS meaning
    UNION ALL
    SELECT 'ladder' AS slug, 'so' AS language, 'Jaranjarada ka-qaybgalka' AS word, NULL AS forms, 'Siyaabaha aad uga qayb qaadan karto: laga bilaabo in lagu wargeliyo, in aad fikradaada dhiibato, in aad nala shaqeyso, ilaa in aad hoggaamiso.' AS meaning
    UNION ALL
    SELECT 'ladder' AS slug, 'tr' AS language, 'Katılım merdiveni' AS word, NULL AS forms, 'Katılabileceğiniz yollar: bilgilendirilmekten görüş bildirmeye, bizimle birlikte çalışmaktan öncülük etmeye kadar.' AS meaning
    UNION ALL
    SELECT 'ladder' AS slug, 'pl' AS language, 'Drabina partycypacji' AS word, NULL AS forms, 'Sposoby, w jakie możesz brać udział: od otrzymywania informacji, przez wyrażanie swojego zdania i współpracę z nami, aż po kierowanie działaniami.' AS meaning
    UNION ALL
    SELECT 'ladder' AS slug, 'ur' AS language, 'شرکت کی سیڑھی' AS word, NULL AS forms, 'حصہ لینے کے طریقے: معلومات حاصل کرنے سے لے کر، اپنی رائے دینے، ہمارے ساتھ مل کر کام کرنے، اور قیادت کرنے تک۔' AS meaning
    UNION ALL
    SELECT 'ladder' AS slug, 'ar' AS language, 'سُلّم المشاركة' AS word, NULL AS forms, 'الطرق التي يمكنك أن تشارك بها: من إطلاعك على المستجدات، إلى إبداء رأيك، إلى العمل معنا، إلى القيادة.' AS meaning
    UNION ALL
    SELECT 'ladder' AS slug, 'zh-Hans' AS language, '参与阶梯' AS word, NULL AS forms, '您可以参与的各种方式：从了解最新情况，到提出意见，到与我们合作，再到带头主导。' AS meaning
    UNION ALL
    SELECT 'coProduction' AS slug, 'en' AS language, 'Co-production' AS word, 'coproduction
co-produce
co-produced' AS forms, 'When people who use services and the council design services together, as equal partners.' AS meaning
    UNION ALL
    SELECT 'coProduction' AS slug, 'cy' AS language, 'Cydgynhyrchu' AS word, 'cydgynhyrchu' AS forms, 'Pan fydd pobl sy''n defnyddio gwasanaethau a''r cyngor yn cynllunio gwasanaethau gyda''i gilydd, fel partneriaid cyfartal.' AS meaning
    UNION ALL
    SELECT 'coProduction' AS slug, 'bn' AS language, 'যৌথভাবে গড়া (কো-প্রোডাকশন)' AS word, NULL AS forms, 'যখন সেবা ব্যবহারকারী মানুষ আর কাউন্সিল সমান অংশীদার হিসেবে একসাথে সেবার পরিকল্পনা করে।' AS meaning
    UNION ALL
    SELECT 'coProduction' AS slug, 'so' AS language, 'Wada-samayn' AS word, NULL AS forms, 'Marka dadka isticmaala adeegyada iyo golaha deegaanku ay si wadajir ah u naqshadeeyaan adeegyada, iyagoo ah shuraako siman.' AS meaning
    UNION ALL
    SELECT 'coProduction' AS slug, 'tr' AS language, 'Birlikte üretim' AS word, NULL AS forms, 'Hizmetleri kullanan kişilerin ve belediyenin, hizmetleri eşit ortaklar olarak birlikte tasarlaması.' AS meaning
    UNION ALL
    SELECT 'coProduction' AS slug, 'pl' AS language, 'Współtworzenie' AS word, NULL AS forms, 'Gdy osoby korzystające z usług i samorząd wspólnie projektują usługi jako równorzędni partnerzy.' AS meaning
    UNION ALL
    SELECT 'coProduction' AS slug, 'ur' AS language, 'مل کر بنانا (کو-پروڈکشن)' AS word, NULL AS forms, 'جب خدمات استعمال کرنے والے لوگ اور کونسل برابر کے شراکت داروں کی طرح مل کر خدمات تیار کرتے ہیں۔' AS meaning
    UNION ALL
    SELECT 'coProduction' AS slug, 'ar' AS language, 'الإنتاج المشترك' AS word, NULL AS forms, 'عندما يصمّم الأشخاص الذين يستخدمون الخدمات والمجلس المحلي الخدماتِ معًا، كشركاء متساوين.' AS meaning
    UNION ALL
    SELECT 'coProduction' AS slug, 'zh-Hans' AS language, '共同制定' AS word, NULL AS forms, '服务使用者和地方政府作为平等的伙伴，一起设计服务。' AS meaning
    UNION ALL
    SELECT 'forum' AS slug, 'en' AS language, 'Forum, reference group, partnership board or panel' AS word, 'forum
forums
reference group
reference groups
partnership board
partnership boards' AS forms, 'A group that meets regularly to talk about services and give views. You can ask to join.' AS meaning
    UNION ALL
    SELECT 'forum' AS slug, 'cy' AS language, 'Fforwm, grŵp cyfeirio, bwrdd partneriaeth neu banel' AS word, 'fforwm
fforymau' AS forms, 'Grŵp sy''n cyfarfod yn rheolaidd i siarad am wasanaethau a rhoi barn. Gallwch ofyn am gael ymuno.' AS meaning
    UNION ALL
    SELECT 'forum' AS slug, 'bn' AS language, 'ফোরাম, পরামর্শক দল, অংশীদারি বোর্ড বা প্যানেল' AS word, NULL AS forms, 'যে দল নিয়মিত একসাথে বসে সেবা নিয়ে কথা বলে এবং মতামত দেয়। আপনি যোগ দেওয়ার জন্য অনুরোধ করতে পারেন।' AS meaning
    UNION ALL
    SELECT 'forum' AS slug, 'so' AS language, 'Madal, koox talo-bixin, guddi iskaashi ama guddi dooda' AS word, NULL AS forms, 'Koox si joogto ah u kulanta si ay uga hadasho adeegyada oo ay fikradaheeda u dhiibato. Waxaad codsan kartaa inaad ku biirto.' AS meaning
    UNION ALL
    SELECT 'forum' AS slug, 'tr' AS language, 'Forum, görüş grubu, ortaklık kurulu ya da panel' AS word, NULL AS forms, 'Hizmetler hakkında konuşmak ve görüş bildirmek için düzenli olarak toplanan grup. Katılmak için bize başvurabilirsiniz.' AS meaning
    UNION ALL
    SELECT 'forum' AS slug, 'pl' AS language, 'Forum, grupa doradcza, rada partnerska lub panel' AS word, NULL AS forms, 'Grupa, która regularnie się spotyka, żeby rozmawiać o usługach i wyrażać opinie. Możesz poprosić o dołączenie.' AS meaning
    UNION ALL
    SELECT 'forum' AS slug, 'ur' AS language, 'فورم، مشاورتی گروپ، شراکتی بورڈ یا پینل' AS word, NULL AS forms, 'ایک گروپ جو خدمات پر بات کرنے اور رائے دینے کے لیے باقاعدگی سے ملتا ہے۔ آپ اس میں شامل ہونے کی درخواست کر سکتے ہیں۔' AS meaning
    UNION ALL
    SELECT 'forum' AS slug, 'ar' AS language, 'منتدى أو مجموعة مرجعية أو مجلس شراكة أو لجنة' AS word, NULL AS forms, 'مجموعة تجتمع بانتظام للحديث عن الخدمات وإبداء الآراء. يمكنك أن تطلب الانضمام إليها.' AS meaning
    UNION ALL
    SELECT 'forum' AS slug, 'zh-Hans' AS language, '论坛、咨询小组、伙伴关系委员会或专门小组' AS word, NULL AS forms, '定期聚会、讨论服务并提出意见的小组。您可以申请加入。' AS meaning
    UNION ALL
    SELECT 'taskAndFinish' AS slug, 'en' AS language, 'Task and finish group' AS word, 'task and finish groups' AS forms, 'A group set up for one piece of work. It stops when the work is done.' AS meaning
    UNION ALL
    SELECT 'taskAndFinish' AS slug, 'cy' AS language, 'Grŵp gorchwyl a gorffen' AS word, NULL AS forms, 'Grŵp sy''n cael ei sefydlu ar gyfer un darn o waith. Mae''n dod i ben pan fydd y gwaith wedi''i wneud.' AS meaning
    UNION ALL
    SELECT 'taskAndFinish' AS slug, 'bn' AS language, 'নির্দিষ্ট কাজের দল' AS word, NULL AS forms, 'একটি নির্দিষ্ট কাজের জন্য গড়া দল। কাজ শেষ হলে দলটিও শেষ হয়ে যায়।' AS meaning
    UNION ALL
    SELECT 'taskAndFinish' AS slug, 'so' AS language, 'Koox hawl gaar ah' AS word, NULL AS forms, 'Koox loo sameeyey hal shaqo. Way joogsataa marka shaqada la dhammeeyo.' AS meaning
    UNION ALL
    SELECT 'taskAndFinish' AS slug, 'tr' AS language, 'Görev grubu' AS word, NULL AS forms, 'Tek bir iş için kurulan grup. İş bitince grup da sona erer.' AS meaning
    UNION ALL
    SELECT 'taskAndFinish' AS slug, 'pl' AS language, 'Grupa zadaniowa' AS word, NULL AS forms, 'Grupa utworzona do jednego zadania. Kończy pracę, gdy zadanie zostanie wykonane.' AS meaning
    UNION ALL
    SELECT 'taskAndFinish' AS slug, 'ur' AS language, 'مخصوص کام کا گروپ' AS word, NULL AS forms, 'ایک گروپ جو کسی ایک کام کے لیے بنایا جاتا ہے۔ کام مکمل ہونے پر یہ ختم ہو جاتا ہے۔' AS meaning
    UNION ALL
    SELECT 'taskAndFinish' AS slug, 'ar' AS language, 'فريق عمل مؤقت' AS word, NULL AS forms, 'مجموعة تُشكَّل لإنجاز عمل واحد. وتتوقف عندما يكتمل العمل.' AS meaning
    UNION ALL
    SELECT 'taskAndFinish' AS slug, 'zh-Hans' AS language, '专项工作小组' AS word, NULL AS forms, '为完成一项工作而成立的小组。工作完成后，小组就会解散。' AS meaning
    UNION ALL
    SELECT 'consultation' AS slug, 'en' AS language, 'Consultation' AS word, 'consultations' AS forms, 'When the council asks people what they think before it decides something.' AS meaning
    UNION ALL
    SELECT 'consultation' AS slug, 'cy' AS language, 'Ymgynghoriad' AS word, 'ymgynghoriadau
ymgynghoriad' AS forms, 'Pan fydd y cyngor yn gofyn i bobl beth yw eu barn cyn iddo benderfynu ar rywbeth.' AS meaning
    UNION ALL
    SELECT 'consultation' AS slug, 'bn' AS language, 'মতামত সংগ্রহ (কনসালটেশন)' AS word, NULL AS forms, 'কোনো কিছু ঠিক করার আগে কাউন্সিল যখন মানুষের কাছে তাদের মতামত জানতে চায়।' AS meaning
    UNION ALL
    SELECT 'consultation' AS slug, 'so' AS language, 'La-tashi' AS word, NULL AS forms, 'Marka golaha deegaanku dadka weydiiyo waxa ay ka qabaan, ka hor inta uusan wax go''aan ka gaarin.' AS meaning
    UNION ALL
    SELECT 'consultation' AS slug, 'tr' AS language, 'Danışma' AS word, NULL AS forms, 'Belediyenin bir konuda karar vermeden önce insanlara ne düşündüklerini sorması.' AS meaning
    UNION ALL
    SELECT 'consultation' AS slug, 'pl' AS language, 'Konsultacje' AS word, 'konsultacji
konsultacjach' AS forms, 'Gdy samorząd pyta ludzi, co myślą, zanim o czymś zdecyduje.' AS meaning
    UNION ALL
    SELECT 'consultation' AS slug, 'ur' AS language, 'مشاورت' AS word, 'مشاورتیں' AS forms, 'جب کونسل کوئی فیصلہ کرنے سے پہلے لوگوں سے ان کی رائے پوچھتی ہے۔' AS meaning
    UNION ALL
    SELECT 'consultation' AS slug, 'ar' AS language, 'الاستشارة' AS word, NULL AS forms, 'عندما يسأل المجلس المحلي الناس عن رأيهم قبل أن يتخذ قرارًا بشأن أمر ما.' AS meaning
    UNION ALL
    SELECT 'consultation' AS slug, 'zh-Hans' AS language, '意见征询' AS word, NULL AS forms, '地方政府在做决定之前，询问大家有什么意见。' AS meaning
    UNION ALL
    SELECT 'easyRead' AS slug, 'en' AS language, 'Easy read' AS word, 'easy-read' AS forms, 'Short, simple sentences, each with a picture, to make information easier to understand.' AS meaning
    UNION ALL
    SELECT 'easyRead' AS slug, 'cy' AS language, 'Hawdd ei ddeall' AS word, 'hawdd ei ddarllen' AS forms, 'Brawddegau byr, syml, pob un gyda llun, i wneud gwybodaeth yn haws ei deall.' AS meaning
    UNION ALL
    SELECT 'easyRead' AS slug, 'bn' AS language, 'সহজপাঠ্য' AS word, NULL AS forms, 'ছোট ও সহজ বাক্য, প্রতিটির সাথে একটি ছবি, যাতে তথ্য বোঝা সহজ হয়।' AS meaning
    UNION ALL
    SELECT 'easyRead' AS slug, 'so' AS language, 'Akhris fudud' AS word, NULL AS forms, 'Jumlado gaagaaban oo fudud, mid walbana sawir leh, si macluumaadka loo fahmo si ka fudud.' AS meaning
    UNION ALL
    SELECT 'easyRead' AS slug, 'tr' AS language, 'Kolay okunur metin' AS word, NULL AS forms, 'Bilgiyi daha kolay anlaşılır hale getirmek için yazılan, her birinin yanında bir resim olan kısa ve basit cümleler.' AS meaning
    UNION ALL
    SELECT 'easyRead' AS slug, 'pl' AS language, 'Tekst łatwy do czytania' AS word, NULL AS forms, 'Krótkie, proste zdania, każde z obrazkiem, żeby informacje były łatwiejsze do zrozumienia.' AS meaning
    UNION ALL
    SELECT 'easyRead' AS slug, 'ur' AS language, 'آسان تحریر' AS word, NULL AS forms, 'چھوٹے اور سادہ جملے، ہر ایک کے ساتھ ایک تصویر، تاکہ معلومات سمجھنا آسان ہو۔' AS meaning
    UNION ALL
    SELECT 'easyRead' AS slug, 'ar' AS language, 'قراءة سهلة' AS word, NULL AS forms, 'جمل قصيرة وبسيطة، مع صورة لكل جملة، لتسهيل فهم المعلومات.' AS meaning
    UNION ALL
    SELECT 'easyRead' AS slug, 'zh-Hans' AS language, '易读版' AS word, NULL AS forms, '用简短的句子写成，每句配一张图片，让信息更容易理解。' AS meaning
    UNION ALL
    SELECT 'youSaidWeDid' AS slug, 'en' AS language, 'You said, we did' AS word, 'you said we did' AS forms, 'What we tell you after a consultation: what people said, and what we changed because of it.' AS meaning
    UNION ALL
    SELECT 'youSaidWeDid' AS slug, 'cy' AS language, 'Dywedoch chi, gwnaethon ni' AS word, NULL AS forms, 'Beth rydyn ni''n ei ddweud wrthych chi ar ôl ymgynghoriad: beth ddywedodd pobl, a beth wnaethon ni ei newid oherwydd hynny.' AS meaning
    UNION ALL
    SELECT 'youSaidWeDid' AS slug, 'bn' AS language, 'আপনি বলেছেন, আমরা করেছি' AS word, NULL AS forms, 'মতামত সংগ্রহের পরে আমরা আপনাকে যা জানাই: মানুষ কী বলেছে, আর তার ফলে আমরা কী বদলেছি।' AS meaning
    UNION ALL
    SELECT 'youSaidWeDid' AS slug, 'so' AS language, 'Waad sheegteen, waan samaynay' AS word, NULL AS forms, 'Waxa aan kuu sheegno la-tashi kadib: waxa dadku sheegeen, iyo waxa aan beddelnay sababtiis.' AS meaning
    UNION ALL
    SELECT 'youSaidWeDid' AS slug, 'tr' AS language, 'Siz söylediniz, biz yaptık' AS word, NULL AS forms, 'Bir danışmadan sonra size anlattıklarımız: insanların ne söylediği ve bu yüzden neyi değiştirdiğimiz.' AS meaning
    UNION ALL
    SELECT 'youSaidWeDid' AS slug, 'pl' AS language, 'Powiedzieliście – zrobiliśmy' AS word, NULL AS forms, 'To, co przekazujemy po konsultacjach: co powiedzieli ludzie i co dzięki temu zmieniliśmy.' AS meaning
    UNION ALL
    SELECT 'youSaidWeDid' AS slug, 'ur' AS language, 'آپ نے کہا، ہم نے کیا' AS word, NULL AS forms, 'مشاورت کے بعد ہم آپ کو جو بتاتے ہیں: لوگوں نے کیا کہا، اور اس کی وجہ سے ہم نے کیا بدلا۔' AS meaning
    UNION ALL
    SELECT 'youSaidWeDid' AS slug, 'ar' AS language, 'قلتم، ففعلنا' AS word, NULL AS forms, 'ما نخبرك به بعد الاستشارة: ما قاله الناس، وما غيّرناه بسببه.' AS meaning
    UNION ALL
    SELECT 'youSaidWeDid' AS slug, 'zh-Hans' AS language, '您的意见，我们的行动' AS word, NULL AS forms, '意见征询结束后我们告诉您的内容：大家说了什么，以及我们因此做了哪些改变。' AS meaning
    UNION ALL
    SELECT 'seldomHeard' AS slug, 'en' AS language, 'Seldom heard' AS word, 'seldom-heard' AS forms, 'Groups of people who are not often asked for their views, or who find it hard to take part.' AS meaning
    UNION ALL
    SELECT 'seldomHeard' AS slug, 'cy' AS language, 'Lleisiau na chlywir yn aml' AS word, NULL AS forms, 'Grwpiau o bobl nad ydyn ni''n gofyn am eu barn yn aml, neu sy''n ei chael hi''n anodd cymryd rhan.' AS meaning
    UNION ALL
    SELECT 'seldomHeard' AS slug, 'bn' AS language, 'যাদের কথা কম শোনা হয়' AS word, NULL AS forms, 'এমন মানুষের দল, যাদের মতামত খুব একটা চাওয়া হয় না, বা যাদের পক্ষে অংশ নেওয়া কঠিন।' AS meaning
    UNION ALL
    SELECT 'seldomHeard' AS slug, 'so' AS language, 'Kuwa aan inta badan la maqlin' AS word, NULL AS forms, 'Kooxo dad ah oo aan inta badan la weydiin fikradahooda, ama ay ku adag tahay inay ka qayb qaataan.' AS meaning
    UNION ALL
    SELECT 'seldomHeard' AS slug, 'tr' AS language, 'Sesi az duyulanlar' AS word, NULL AS forms, 'Görüşleri pek sorulmayan ya da katılmakta zorlanan insan grupları.' AS meaning
    UNION ALL
    SELECT 'seldomHeard' AS slug, 'pl' AS language, 'Grupy rzadko słyszane' AS word, NULL AS forms, 'Grupy ludzi, których rzadko pyta się o zdanie albo którym trudno jest brać udział.' AS meaning
    UNION ALL
    SELECT 'seldomHeard' AS slug, 'ur' AS language, 'کم سنی جانے والی آوازیں' AS word, NULL AS forms, 'لوگوں کے وہ گروپ جن سے اکثر ان کی رائے نہیں پوچھی جاتی، یا جنہیں حصہ لینا مشکل لگتا ہے۔' AS meaning
    UNION ALL
    SELECT 'seldomHeard' AS slug, 'ar' AS language, 'الفئات التي نادرًا ما يُسمع صوتها' AS word, NULL AS forms, 'مجموعات من الناس لا يُطلب رأيها كثيرًا، أو يصعب عليها المشاركة.' AS meaning
    UNION ALL
    SELECT 'seldomHeard' AS slug, 'zh-Hans' AS language, '较少被听到的声音' AS word, NULL AS forms, '很少被征求意见、或难以参与的人群。' AS meaning
    UNION ALL
    SELECT 'anonymous' AS slug, 'en' AS language, 'Anonymous' AS word, 'anonymously' AS forms, 'Nobody can tell who you are from your answers.' AS meaning
    UNION ALL
    SELECT 'anonymous' AS slug, 'cy' AS language, 'Dienw' AS word, NULL AS forms, 'Does neb yn gallu gwybod pwy ydych chi o''ch atebion.' AS meaning
    UNION ALL
    SELECT 'anonymous' AS slug, 'bn' AS language, 'বেনামি' AS word, NULL AS forms, 'আপনার উত্তর দেখে কেউ বুঝতে পারবে না আপনি কে।' AS meaning
    UNION ALL
    SELECT 'anonymous' AS slug, 'so' AS language, 'Magac la''aan' AS word, NULL AS forms, 'Qofna kama garan karo jawaabahaaga cidda aad tahay.' AS meaning
    UNION ALL
    SELECT 'anonymous' AS slug, 'tr' AS language, 'İsimsiz (anonim)' AS word, NULL AS forms, 'Yanıtlarınızdan kim olduğunuzu kimse anlayamaz.' AS meaning
    UNION ALL
    SELECT 'anonymous' AS slug, 'pl' AS language, 'Anonimowo' AS word, NULL AS forms, 'Nikt nie pozna po twoich odpowiedziach, kim jesteś.' AS meaning
    UNION ALL
    SELECT 'anonymous' AS slug, 'ur' AS language, 'گمنام' AS word, NULL AS forms, 'آپ کے جوابات سے کوئی نہیں جان سکتا کہ آپ کون ہیں۔' AS meaning
    UNION ALL
    SELECT 'anonymous' AS slug, 'ar' AS language, 'مجهول الهوية' AS word, NULL AS forms, 'لا يستطيع أحد أن يعرف من أنت من خلال إجاباتك.' AS meaning
    UNION ALL
    SELECT 'anonymous' AS slug, 'zh-Hans' AS language, '匿名' AS word, NULL AS forms, '别人无法从您的回答中知道您是谁。' AS meaning
) v JOIN glossary_term g ON g.slug = v.slug;
