//! The demo hearing's "kort fortalt": plain-language summaries of three sections, in Danish
//! and, for two of them, in English, Arabic and Turkish — enough to show a reader in each
//! language both a summary in theirs and the Danish one where none was written. Written for
//! the demo by the developers; a real hearing's are written by its officials (and their
//! translators) in the summary editor.

use anyhow::Context;
use app::draft::SummaryDto;
use app::draft::store::load_latest;
use app::draft::summaries::replace;
use chrono::{DateTime, Utc};
use sea_orm::ConnectionTrait;

/// (the section's heading, [(language, summary)]).
const SUMMARIES: [(&str, &[(&str, &str)]); 3] = [
    (
        "Hvorfor en ny integrationspolitik?",
        &[
            (
                "da",
                "Integrationen i København er gået bedre siden 2006. Flere har fået job, og der er færre udsatte boligområder.\n\nMen der er stadig store problemer. Tosprogede elever klarer sig dårligere i skolen, og mange oplever diskrimination. Den nye politik skal løse de problemer.",
            ),
            (
                "en",
                "Integration in Copenhagen has gone better since 2006. More people have jobs, and there are fewer deprived housing areas.\n\nBut there are still big problems. Bilingual pupils do less well at school, and many people experience discrimination. The new policy is meant to solve these problems.",
            ),
            (
                "ar",
                "تحسّن الاندماج في كوبنهاغن منذ عام 2006. حصل عدد أكبر من الناس على عمل، وقلّ عدد الأحياء السكنية المحرومة.\n\nلكن ما زالت هناك مشكلات كبيرة. نتائج التلاميذ ثنائيي اللغة في المدرسة أضعف، وكثير من الناس يتعرّضون للتمييز. هدف السياسة الجديدة هو حلّ هذه المشكلات.",
            ),
            (
                "tr",
                "Kopenhag'da uyum 2006'dan beri daha iyi gidiyor. Daha fazla insan iş buldu ve sorunlu konut bölgelerinin sayısı azaldı.\n\nAma hâlâ büyük sorunlar var. İki dilli öğrenciler okulda daha düşük başarı gösteriyor ve birçok kişi ayrımcılığa uğruyor. Yeni politika bu sorunları çözmeyi amaçlıyor.",
            ),
        ],
    ),
    (
        "(2) Den oplevede diskrimination er høj – og dermed en lav oplevelse af lige muligheder",
        &[
            (
                "da",
                "Næsten hver fjerde indvandrer eller efterkommer har oplevet diskrimination inden for det sidste år. Kommunen kan ikke løse det alene: virksomheder, foreninger og borgere skal være med.",
            ),
            (
                "en",
                "Almost one in four immigrants or descendants experienced discrimination in the last year. The municipality cannot solve this alone: companies, associations and residents must take part.",
            ),
            (
                "ar",
                "تعرّض ما يقرب من واحد من كل أربعة مهاجرين أو أبناء مهاجرين للتمييز خلال العام الماضي. لا تستطيع البلدية حلّ هذه المشكلة وحدها: يجب أن تشارك الشركات والجمعيات والسكان.",
            ),
            (
                "tr",
                "Göçmenlerin ya da göçmen çocuklarının neredeyse dörtte biri son bir yıl içinde ayrımcılığa uğradı. Belediye bunu tek başına çözemez: şirketler, dernekler ve vatandaşlar da katılmalı.",
            ),
        ],
    ),
    (
        "Økonomi",
        &[(
            "da",
            "Udvalgene skal som udgangspunkt betale for politikken inden for deres egne budgetter. Der foreslås en særlig pulje i 2011 til nogle fælles indsatser.",
        )],
    ),
];

/// Stores the summaries for the demo hearing `hearing_id` (its draft just imported).
pub async fn store(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    let draft = load_latest(db, hearing_id)
        .await?
        .context("the demo hearing has a draft")?;
    for (heading, texts) in SUMMARIES {
        let section = draft
            .sections
            .iter()
            .find(|s| s.heading == heading)
            .with_context(|| format!("the demo draft has the section {heading:?}"))?;
        let summaries: Vec<SummaryDto> = texts
            .iter()
            .map(|(lang, text)| SummaryDto {
                lang: (*lang).into(),
                text: (*text).into(),
                outdated: false,
            })
            .collect();
        replace(db, (hearing_id, section), &summaries, None, now).await?;
    }
    Ok(())
}
