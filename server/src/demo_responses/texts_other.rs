//! Responses in English, Arabic and Turkish: the same subjects in fewer words, as people
//! write who do not (yet) write Danish. Slots: `{sted}` the neighbourhood, `{org}` the
//! organisation.

use super::rng::Rng;
use super::{Brief, Lang, Length, Subject};

/// One language's sentences.
struct Lines {
    greetings: &'static [&'static str],
    openings: &'static [&'static str],
    org_openings: &'static [&'static str],
    subject: fn(Subject) -> &'static [&'static str],
    closings: &'static [&'static str],
    /// `{name}` is replaced by the writer's name.
    signatures: &'static [&'static str],
}

/// A response in `lang` (English, Arabic or Turkish) as `brief` asks.
pub fn compose(rng: &mut Rng, lang: Lang, brief: &Brief<'_>) -> String {
    let lines = match lang {
        Lang::Ar => &ARABIC,
        Lang::Tr => &TURKISH,
        Lang::En | Lang::Da => &ENGLISH,
    };
    let main = (lines.subject)(brief.subject);
    let (count, framed) = match brief.length {
        Length::Line => (1, false),
        Length::Short => (2, false),
        Length::Medium => (3, true),
        Length::Long => (3, true),
    };
    let mut parts = Vec::new();
    if framed && rng.chance(60) {
        parts.push(rng.pick(lines.greetings).to_owned());
    }
    if brief.length != Length::Line {
        let openings = if brief.person.kind.is_organisation() {
            lines.org_openings
        } else {
            lines.openings
        };
        parts.push(rng.pick(openings).to_owned());
    }
    parts.push(sentences(rng, main, count));
    if brief.length == Length::Long && brief.aside != brief.subject {
        parts.push(sentences(rng, (lines.subject)(brief.aside), 1));
    }
    if framed {
        parts.push(rng.pick(lines.closings).to_owned());
        let name = &brief.person.name;
        parts.push(rng.pick(lines.signatures).replace("{name}", name));
    }
    let org = brief.person.organisation.as_deref().unwrap_or_default();
    parts
        .join("\n\n")
        .replace("{sted}", brief.person.area)
        .replace("{org}", org)
}

/// Up to `n` different sentences of `list`, in a paragraph.
fn sentences(rng: &mut Rng, list: &[&str], n: usize) -> String {
    let start = rng.below(list.len());
    let step = 1 + rng.below(list.len().max(2) - 1);
    let mut chosen: Vec<&str> = Vec::new();
    for i in 0..list.len() {
        let sentence = list[(start + i * step) % list.len()];
        if chosen.len() < n && !chosen.contains(&sentence) {
            chosen.push(sentence);
        }
    }
    chosen.join(" ")
}

static ENGLISH: Lines = Lines {
    greetings: &[
        "Dear committee,",
        "To the Employment and Integration Committee,",
    ],
    openings: &[
        "Thank you for the opportunity to comment on the draft integration policy.",
        "I am writing as an international resident of {sted}.",
        "I do not write Danish well enough yet, so I hope English is fine.",
    ],
    org_openings: &[
        "On behalf of {org}, we would like to submit the following comments on the draft policy.",
        "{org} welcomes the chance to respond to the draft integration policy.",
    ],
    subject: english,
    closings: &[
        "Thank you for listening.",
        "I hope these comments are useful.",
        "We are happy to elaborate on any of these points.",
    ],
    signatures: &["Kind regards,\n{name}", "Best regards,\n{name}", "{name}"],
};

fn english(subject: Subject) -> &'static [&'static str] {
    match subject {
        Subject::Employment => &[
            "Many newcomers have degrees from abroad that are never recognised here, so engineers end up cleaning offices.",
            "Finding work in English has been almost impossible for me without a network in Copenhagen.",
            "The job centre should measure whether people actually get jobs, not how many courses they attend.",
            "Please offer Danish classes in the evening so that people who already work can attend.",
        ],
        Subject::Schooling => &[
            "My children are bilingual, and the school treats it as a problem instead of an asset.",
            "Mother-tongue teaching helps children learn Danish better, and it should be offered again.",
            "Letters from the school are only in Danish, which makes it hard for international parents to take part.",
            "The gap between Danish-speaking and bilingual pupils must be the first priority of the policy.",
        ],
        Subject::Housing => &[
            "Rents in Copenhagen are so high that families with normal incomes are pushed out of the city.",
            "Labelling whole neighbourhoods as ghettos makes it harder for young people from there to get jobs.",
            "Residents should be asked before the council decides to demolish or sell social housing.",
        ],
        Subject::Discrimination => &[
            "It is shocking that almost one in four immigrants and descendants experienced discrimination in the past year.",
            "There should be one clear place to complain about discrimination, with advice in several languages.",
            "I have been refused entry to bars in the city centre while my Danish friends walked straight in.",
        ],
        Subject::CivilSociety => &[
            "Associations and sports clubs are where people actually meet across backgrounds; they need free rooms and simple funding.",
            "The draft is right that the municipality cannot do this alone, but it should say how it will involve volunteers.",
            "Volunteering at the library was the first place I felt part of the city.",
        ],
        Subject::Economy => &[
            "Without a budget, the policy is a list of good intentions.",
            "Short-term project funding means that good initiatives close just when they start to work.",
            "Prevention is cheaper than paying for young people who drop out of education.",
        ],
        Subject::Policy => &[
            "The draft is written in very administrative language; an easy-to-read version in English would help.",
            "I welcome the focus on social integration and equal opportunities.",
            "Integration is about the whole city, not only about minorities.",
        ],
    }
}

static ARABIC: Lines = Lines {
    greetings: &["السلام عليكم،", "إلى لجنة التشغيل والاندماج،"],
    openings: &[
        "أشكركم على إتاحة الفرصة للتعليق على مشروع سياسة الاندماج في كوبنهاغن.",
        "أكتب إليكم كأحد سكان {sted} منذ سنوات طويلة.",
        "أكتب باللغة العربية لأن لغتي الدنماركية ما زالت ضعيفة.",
    ],
    org_openings: &["باسم {org} نود أن نقدم الملاحظات التالية على مشروع السياسة."],
    subject: arabic,
    closings: &[
        "شكراً لكم على الاستماع.",
        "أتمنى أن تؤخذ ملاحظاتي بعين الاعتبار.",
    ],
    signatures: &["مع خالص التحيات،\n{name}", "{name}"],
};

fn arabic(subject: Subject) -> &'static [&'static str] {
    match subject {
        Subject::Employment => &[
            "كثير من القادمين الجدد يحملون شهادات من بلدانهم لا يتم الاعتراف بها في الدنمارك.",
            "أتمنى أن تساعد البلدية النساء على إيجاد عمل، وليس فقط إرسالهن إلى دورات.",
            "التدريب في مكان العمل هو أفضل طريقة لتعلم اللغة والحصول على وظيفة.",
        ],
        Subject::Schooling => &[
            "تعليم اللغة الأم مهم جداً لأطفالنا، ويجب أن يعود إلى المدارس.",
            "رسائل المدرسة تصل باللغة الدنماركية فقط، ولا أستطيع أن أفهمها دون مساعدة ابني.",
            "نريد أن يحصل أطفالنا على نفس الفرص التي يحصل عليها الأطفال الدنماركيون.",
        ],
        Subject::Housing => &[
            "نعيش خمسة أشخاص في شقة من غرفتين، وننتظر منذ سنوات شقة أكبر.",
            "يجب أن يُسأل السكان قبل هدم المساكن أو بيعها.",
            "الحي ليس مشكلة، إنه بيتنا وفيه جيراننا ومدرسة أطفالنا.",
        ],
        Subject::Discrimination => &[
            "ابنتي ترتدي الحجاب وقد رُفضت في عدة أماكن للتدريب رغم درجاتها الجيدة.",
            "نحتاج إلى مكان واضح لتقديم الشكاوى عن التمييز، مع مساعدة بلغات مختلفة.",
        ],
        Subject::CivilSociety => &[
            "الجمعيات الصغيرة تقوم بعمل كبير بدون دعم، وتحتاج إلى قاعات مجانية.",
            "النوادي الرياضية تجمع الأطفال والآباء من كل الخلفيات.",
        ],
        Subject::Economy => &[
            "بدون ميزانية واضحة تبقى السياسة مجرد كلمات جميلة.",
            "المشاريع الجيدة تتوقف عندما ينتهي التمويل بعد ثلاث سنوات.",
        ],
        Subject::Policy => &[
            "أرجو أن تكون هناك نسخة مبسطة من السياسة باللغة العربية.",
            "الاندماج مسؤولية الجميع وليس مسؤولية المهاجرين وحدهم.",
        ],
    }
}

static TURKISH: Lines = Lines {
    greetings: &["Merhaba,", "Sayın İstihdam ve Uyum Komitesi,"],
    openings: &[
        "Kopenhag'ın uyum politikası taslağı hakkında görüş bildirme fırsatı için teşekkür ederim.",
        "Uzun yıllardır {sted} semtinde oturan biri olarak yazıyorum.",
        "Dancam henüz yeterli olmadığı için Türkçe yazıyorum.",
    ],
    org_openings: &["{org} adına taslak hakkında aşağıdaki görüşlerimizi sunmak istiyoruz."],
    subject: turkish,
    closings: &[
        "Dinlediğiniz için teşekkür ederim.",
        "Görüşlerimin dikkate alınmasını umuyorum.",
    ],
    signatures: &["Saygılarımla,\n{name}", "{name}"],
};

fn turkish(subject: Subject) -> &'static [&'static str] {
    match subject {
        Subject::Employment => &[
            "Birçok yeni gelen kişinin kendi ülkesinden aldığı diploma Danimarka'da tanınmıyor.",
            "Belediye kadınların iş bulmasına yardım etmeli, onları sadece kurslara göndermemeli.",
            "İş yerinde staj yapmak hem dili öğrenmenin hem de iş bulmanın en iyi yolu.",
        ],
        Subject::Schooling => &[
            "Anadili dersleri çocuklarımız için çok önemli ve okullarda yeniden verilmeli.",
            "Okuldan gelen mektuplar sadece Danca, oğlumun yardımı olmadan anlayamıyorum.",
            "Çocuklarımızın da Danimarkalı çocuklarla aynı fırsatlara sahip olmasını istiyoruz.",
        ],
        Subject::Housing => &[
            "İki odalı bir dairede beş kişi yaşıyoruz ve yıllardır daha büyük bir ev bekliyoruz.",
            "Konutları yıkmadan veya satmadan önce orada oturanlara sorulmalı.",
            "Mahallemiz bir sorun değil, bizim evimiz; komşularımız ve çocuklarımızın okulu burada.",
        ],
        Subject::Discrimination => &[
            "Kızım başörtüsü taktığı için iyi notlarına rağmen birçok staj yerinden ret aldı.",
            "Ayrımcılık konusunda şikâyet edilebilecek açık bir yer olmalı ve farklı dillerde yardım verilmeli.",
        ],
        Subject::CivilSociety => &[
            "Küçük dernekler destek almadan çok büyük bir iş yapıyor ve ücretsiz salonlara ihtiyaçları var.",
            "Spor kulüpleri her kökenden çocukları ve aileleri bir araya getiriyor.",
        ],
        Subject::Economy => &[
            "Açık bir bütçe olmadan bu politika sadece güzel sözlerden ibaret kalır.",
            "İyi projeler üç yıl sonra para bitince kapanıyor.",
        ],
        Subject::Policy => &[
            "Politikanın Türkçe kolay okunur bir versiyonunun olmasını rica ediyorum.",
            "Uyum sadece göçmenlerin değil, hepimizin sorumluluğudur.",
        ],
    }
}
