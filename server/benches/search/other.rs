//! Sentences of the responses not written in Danish: English about every subject, Arabic and
//! Turkish about a few; and the names and places that fill the slots.

use super::corpus::Sub;

/// The English sentences about `sub`.
pub fn english(sub: Sub) -> &'static [&'static str] {
    match sub {
        Sub::Jobs => &[
            "More unemployed people need a real job, and the job centre should know them personally.",
            "Employment is the key to everything else in the policy.",
        ],
        Sub::Internship => &[
            "Internships can open doors, but they must not become free labour.",
            "Young people need apprenticeships with local companies.",
        ],
        Sub::Bilingual => &[
            "Bilingual pupils need language support from the first day of school.",
            "Mother tongue teaching should be offered again.",
        ],
        Sub::Schools => &[
            "The schools in {sted} need more teachers and smaller classes.",
            "Every child should feel welcome at the local public school.",
        ],
        Sub::SocialHousing => &[
            "Social housing must remain affordable for families with low incomes.",
            "The housing associations should be involved from the start.",
        ],
        Sub::Areas => &[
            "Our housing area is not a problem, it is our home.",
            "Demolishing homes in {sted} has broken up a community.",
        ],
        Sub::YouthHousing => &[
            "There is a lack of affordable housing for young people.",
            "Student housing would bring new life to the area.",
        ],
        Sub::Discrimination => &[
            "Discrimination in everyday life must be taken seriously.",
            "Many people are treated differently because of their name.",
        ],
        Sub::Associations => &[
            "Sports clubs and associations are the best way into the community.",
            "The membership fee keeps many children out of the clubs.",
        ],
        Sub::Volunteers => &[
            "Volunteers do a huge job and deserve recognition.",
            "Civil society should be heard before the policy is adopted.",
        ],
        Sub::Economy => &[
            "The policy does not say how the initiatives will be funded.",
            "Cuts in the budget have made the work harder.",
        ],
        Sub::Policy => &[
            "The integration policy has good goals but few concrete actions.",
            "Integration is a shared responsibility.",
        ],
        Sub::DanishClasses => &[
            "Danish classes at the language school should fit with a job.",
            "It is hard to learn Danish when you never speak with Danes.",
        ],
        Sub::Daycare => &[
            "Daycare is the first meeting with Danish society for many families.",
            "Nursery staff need time for language stimulation.",
        ],
        Sub::Equality => &[
            "Negative social control must be fought without suspecting every family.",
            "Equality between women and men should be part of the policy.",
        ],
    }
}

/// Arabic and Turkish sentences: (language, subject, sentence).
pub const FOREIGN: &[(&str, Sub, &str)] = &[
    ("ar", Sub::Areas, "نحتاج إلى مساكن أفضل وأرخص في الحي."),
    (
        "ar",
        Sub::Areas,
        "الحي الذي نسكن فيه ليس مشكلة، بل هو بيتنا.",
    ),
    ("ar", Sub::Schools, "يحتاج أطفالنا إلى دعم أكبر في المدرسة."),
    (
        "ar",
        Sub::Schools,
        "يجب أن يتعلم المعلمون عن ثقافات مختلفة.",
    ),
    ("ar", Sub::Jobs, "من الصعب العثور على عمل بدون شبكة معارف."),
    ("ar", Sub::Jobs, "مركز التوظيف لا يفهم وضعنا."),
    (
        "tr",
        Sub::Areas,
        "Mahallemizde daha uygun fiyatlı konutlara ihtiyaç var.",
    ),
    (
        "tr",
        Sub::Areas,
        "Oturduğumuz bölge bir sorun değil, bizim evimiz.",
    ),
    (
        "tr",
        Sub::Schools,
        "Çocuklarımızın okulda daha fazla desteğe ihtiyacı var.",
    ),
    ("tr", Sub::Schools, "Anadil dersleri yeniden verilmeli."),
    ("tr", Sub::Jobs, "Tanıdık olmadan iş bulmak çok zor."),
    (
        "tr",
        Sub::Jobs,
        "İş merkezindeki danışmanlar sık sık değişiyor.",
    ),
];

/// Places for `{sted}`.
pub const PLACES: &[&str] = &[
    "Gellerup",
    "Bispehaven",
    "Vollsmose",
    "Tingbjerg",
    "Mjølnerparken",
    "Nørrebro",
    "Skovparken",
    "Munkebo",
    "Toveshøj",
    "Brabrand",
    "Hasle",
    "Trigeparken",
    "Ringparken",
    "vores kvarter",
    "bydelen",
];

/// First names for `{navn}`.
pub const FIRST_NAMES: &[&str] = &[
    "Fatima", "Mehmet", "Anne", "Jens", "Hanne", "Ali", "Mette", "Ahmed", "Sofie", "Lars", "Aisha",
    "Peter", "Zeynep", "Karen", "Omar", "Birgitte",
];

/// Family names for `{navn}`; some names are made of syllables instead, so the vocabulary
/// grows with the corpus as real names and typing errors make it grow.
pub const FAMILY_NAMES: &[&str] = &[
    "Hansen",
    "Nielsen",
    "Jensen",
    "Yilmaz",
    "Hussein",
    "Pedersen",
    "Andersen",
    "Khan",
    "Larsen",
    "Demir",
    "Christensen",
    "Rasmussen",
];

/// Syllables of made-up family names.
pub const SYLLABLES: &[&str] = &[
    "ka", "ro", "mi", "la", "sen", "dor", "bu", "fi", "ha", "ne", "tu", "vik", "el", "ar", "gu",
    "mo",
];
