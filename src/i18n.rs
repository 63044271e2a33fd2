//! Human-facing labels in French, Dutch and English (`--lang`, or the plan's `language`).
//!
//! A leaf: imports only [`crate::model`] (for [`Lang`]).

use crate::model::Lang;

/// (key, fr, nl, en). Keys are the English snake_case names used in code and in exports.
const LABELS: &[(&str, &str, &str, &str)] = &[
    // Statuses (SPEC §4.3).
    ("met", "atteint", "behaald", "met"),
    (
        "partial",
        "partiellement atteint",
        "gedeeltelijk behaald",
        "partially met",
    ),
    ("not_met", "non atteint", "niet behaald", "not met"),
    ("no_data", "non renseigné", "geen gegevens", "no data"),
    ("met_count", "atteints", "behaald", "met"),
    // Report words.
    ("report", "Rapport", "Rapport", "Report"),
    ("as_of", "situation au", "stand op", "as of"),
    ("year", "année", "jaar", "year"),
    ("handled_by", "traité par", "behandeld door", "handled by"),
    ("service", "Service", "Dienst", "Service"),
    ("sector_col", "Secteur", "Sector", "Sector"),
    ("id", "Id", "Id", "Id"),
    ("indicator_col", "Indicateur", "Indicator", "Indicator"),
    ("target_col", "Cible", "Doel", "Target"),
    ("actual_col", "Réalisé", "Gerealiseerd", "Actual"),
    ("attainment_col", "Atteinte", "Realisatie", "Attainment"),
    ("status_col", "Statut", "Status", "Status"),
    ("total", "Total", "Totaal", "Total"),
    (
        "summary_sector",
        "Synthèse par secteur",
        "Overzicht per sector",
        "Summary by sector",
    ),
    (
        "summary_service",
        "Synthèse par service",
        "Overzicht per dienst",
        "Summary by service",
    ),
    ("pro_rated", "au prorata", "naar rato", "pro-rated"),
    // Sheet names of the Excel workbook (at most 31 characters).
    (
        "indicators_sheet",
        "Indicateurs",
        "Indicatoren",
        "Indicators",
    ),
    ("summary_sheet", "Synthèse", "Overzicht", "Summary"),
    (
        "buckets_legend",
        "(n/m) : jours, semaines, mois ou trimestres où la cible est atteinte / avec des données",
        "(n/m): dagen, weken, maanden of kwartalen waarin het doel behaald is / met gegevens",
        "(n/m): days, weeks, months or quarters meeting the target / with data",
    ),
    (
        "shared_with",
        "cellule partagée avec",
        "cel gedeeld met",
        "cell shared with",
    ),
    ("summary", "Synthèse", "Overzicht", "Summary"),
    ("distribution", "Répartition", "Verdeling", "Distribution"),
    ("of_target", "de la cible", "van het doel", "of the target"),
    (
        "bar_legend",
        "Barres : l’atteinte en % de la cible, jusqu’à 150 % ; le trait vertical marque la cible (100 %).",
        "Balken: de realisatie in % van het doel, tot 150 %; de verticale streep is het doel (100 %).",
        "Bars: attainment as a percentage of the target, up to 150 %; the vertical line marks the target (100 %).",
    ),
    ("yes", "oui", "ja", "yes"),
    ("no", "non", "nee", "no"),
    // Export columns (SPEC §5.1), translated only with --lang.
    ("plan_id", "id_plan", "plan_id", "plan_id"),
    ("commune", "commune", "gemeente", "commune"),
    ("period", "periode", "periode", "period"),
    ("sector_id", "id_secteur", "sector_id", "sector_id"),
    ("sector", "secteur", "sector", "sector"),
    (
        "general_objective_id",
        "id_objectif_general",
        "algemene_doelstelling_id",
        "general_objective_id",
    ),
    (
        "general_objective",
        "objectif_general",
        "algemene_doelstelling",
        "general_objective",
    ),
    (
        "strategic_objective_id",
        "id_objectif_strategique",
        "strategische_doelstelling_id",
        "strategic_objective_id",
    ),
    (
        "strategic_objective",
        "objectif_strategique",
        "strategische_doelstelling",
        "strategic_objective",
    ),
    ("service_col", "service", "dienst", "service"),
    (
        "operational_objective_id",
        "id_objectif_operationnel",
        "operationele_doelstelling_id",
        "operational_objective_id",
    ),
    (
        "operational_objective",
        "objectif_operationnel",
        "operationele_doelstelling",
        "operational_objective",
    ),
    (
        "indicator_id",
        "id_indicateur",
        "indicator_id",
        "indicator_id",
    ),
    ("indicator", "indicateur", "indicator", "indicator"),
    ("target", "cible", "doel", "target"),
    ("target_op", "cible_operateur", "doel_operator", "target_op"),
    (
        "target_value",
        "cible_valeur",
        "doel_waarde",
        "target_value",
    ),
    ("target_unit", "cible_unite", "doel_eenheid", "target_unit"),
    ("target_per", "cible_periode", "doel_periode", "target_per"),
    ("baseline", "valeur_initiale", "nulmeting", "baseline"),
    ("actual", "realise", "gerealiseerd", "actual"),
    (
        "attainment_pct",
        "atteinte_pct",
        "realisatie_pct",
        "attainment_pct",
    ),
    ("status", "statut", "status", "status"),
    (
        "buckets_met",
        "periodes_atteintes",
        "perioden_behaald",
        "buckets_met",
    ),
    ("buckets", "periodes", "perioden", "buckets"),
    ("measurements", "mesures", "metingen", "measurements"),
    ("notes", "remarques", "opmerkingen", "notes"),
];

/// The label of `key` in `lang`; the key itself when there is none (debug builds, and so
/// the tests, stop there).
pub fn label(lang: Lang, key: &'static str) -> &'static str {
    let found = LABELS.iter().find(|(k, ..)| *k == key);
    debug_assert!(found.is_some(), "no label for `{key}`");
    found.map_or(key, |(_, fr, nl, en)| match lang {
        Lang::Fr => fr,
        Lang::Nl => nl,
        Lang::En => en,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spec_status_labels() {
        let codes = ["met", "partial", "not_met", "no_data"];
        let fr: Vec<&str> = codes.iter().map(|s| label(Lang::Fr, s)).collect();
        assert_eq!(
            fr,
            [
                "atteint",
                "partiellement atteint",
                "non atteint",
                "non renseigné"
            ]
        );
        let nl: Vec<&str> = codes.iter().map(|s| label(Lang::Nl, s)).collect();
        assert_eq!(
            nl,
            [
                "behaald",
                "gedeeltelijk behaald",
                "niet behaald",
                "geen gegevens"
            ]
        );
        let en: Vec<&str> = codes.iter().map(|s| label(Lang::En, s)).collect();
        assert_eq!(en, ["met", "partially met", "not met", "no data"]);
    }

    #[test]
    fn keys_are_unique() {
        let mut keys: Vec<&str> = LABELS.iter().map(|(k, ..)| *k).collect();
        keys.sort();
        let before = keys.len();
        keys.dedup();
        assert_eq!(before, keys.len());
    }
}
