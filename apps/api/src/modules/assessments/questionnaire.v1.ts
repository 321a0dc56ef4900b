import { COUNT, EXTENT, IN_PLACE, SHARE, STAFF } from './questionnaire.scales';
import type { Questionnaire } from './questionnaire.types';

/**
 * Version 1 of the export-readiness self-assessment, as data. Scoring rules: docs/methodology.md.
 * A new version is a new file: submitted assessments keep the version they were scored with.
 */
export const QUESTIONNAIRE_V1: Questionnaire = {
  version: 1,
  weakBelow: 60,
  capBelow: 25,
  cappedLevel: 'DEVELOPING',
  levels: [
    { level: 'STARTING', minScore: 0, label: { en: 'Starting', de: 'Am Anfang', fr: 'Débutant', it: 'Agli inizi' } },
    { level: 'DEVELOPING', minScore: 40, label: { en: 'Developing', de: 'Im Aufbau', fr: 'En développement', it: 'In sviluppo' } },
    {
      level: 'READY',
      minScore: 60,
      label: { en: 'Ready to export', de: 'Exportbereit', fr: "Prêt à l'export", it: "Pronto per l'export" },
    },
    {
      level: 'EXPERIENCED',
      minScore: 80,
      label: { en: 'Experienced exporter', de: 'Erfahrener Exporteur', fr: 'Exportateur confirmé', it: 'Esportatore esperto' },
    },
  ],
  dimensions: [
    {
      dimension: 'STRATEGY',
      weight: 2,
      label: { en: 'Export strategy', de: 'Exportstrategie', fr: "Stratégie d'export", it: 'Strategia di export' },
      questions: [
        {
          code: 'strategy.plan',
          text: {
            en: 'We have a written export plan with target markets, goals and a budget.',
            de: 'Wir haben einen schriftlichen Exportplan mit Zielmärkten, Zielen und Budget.',
            fr: "Nous avons un plan d'export écrit avec marchés cibles, objectifs et budget.",
            it: 'Abbiamo un piano di export scritto con mercati obiettivo, traguardi e budget.',
          },
          options: EXTENT,
        },
        {
          code: 'strategy.commitment',
          text: {
            en: 'Management has committed time and money to exporting for the next two years.',
            de: 'Die Geschäftsleitung hat für die nächsten zwei Jahre Zeit und Geld für den Export zugesagt.',
            fr: "La direction a engagé du temps et de l'argent pour l'export sur les deux prochaines années.",
            it: "La direzione ha impegnato tempo e denaro per l'export nei prossimi due anni.",
          },
          options: EXTENT,
        },
      ],
      recommendation: {
        advice: {
          en: 'Write a one-page export plan: which markets, why, with what budget; learn from the clusters that built a joint strategy.',
          de: 'Schreiben Sie einen einseitigen Exportplan: welche Märkte, warum, mit welchem Budget; lernen Sie von Clustern mit gemeinsamer Strategie.',
          fr: "Rédigez un plan d'export d'une page : quels marchés, pourquoi, avec quel budget ; inspirez-vous des clusters qui ont bâti une stratégie commune.",
          it: 'Scrivete un piano di export di una pagina: quali mercati, perché, con quale budget; imparate dai cluster che hanno costruito una strategia comune.',
        },
        articleKinds: ['INTERNATIONALISATION_PRACTICE', 'GUIDE'],
        events: false,
        partners: false,
        fundingCalls: false,
      },
    },
    {
      dimension: 'RESOURCES',
      weight: 1,
      label: { en: 'Resources', de: 'Ressourcen', fr: 'Ressources', it: 'Risorse' },
      questions: [
        {
          code: 'resources.staff',
          text: {
            en: 'People with time dedicated to export.',
            de: 'Mitarbeitende mit fest eingeplanter Zeit für den Export.',
            fr: "Personnes disposant de temps dédié à l'export.",
            it: "Persone con tempo dedicato all'export.",
          },
          options: STAFF,
        },
        {
          code: 'resources.capacity',
          text: {
            en: 'We could meet a 30 % rise in demand within six months.',
            de: 'Wir könnten eine um 30 % höhere Nachfrage innerhalb von sechs Monaten bedienen.',
            fr: 'Nous pourrions absorber une hausse de 30 % de la demande en six mois.',
            it: 'Potremmo soddisfare un aumento del 30 % della domanda entro sei mesi.',
          },
          options: EXTENT,
        },
      ],
      recommendation: {
        advice: {
          en: 'Free up one person for export and plan production capacity; partners and funding can share the load.',
          de: 'Stellen Sie eine Person für den Export frei und planen Sie Kapazitäten; Partner und Förderung können die Last teilen.',
          fr: "Dégagez une personne pour l'export et planifiez la capacité ; partenaires et financements peuvent partager la charge.",
          it: "Dedicate una persona all'export e pianificate la capacità; partner e finanziamenti possono condividere il carico.",
        },
        articleKinds: ['GUIDE'],
        events: false,
        partners: true,
        fundingCalls: true,
      },
    },
    {
      dimension: 'CERTIFICATIONS',
      weight: 1,
      label: { en: 'Certifications', de: 'Zertifizierungen', fr: 'Certifications', it: 'Certificazioni' },
      questions: [
        {
          code: 'certifications.quality',
          text: {
            en: 'A certified quality management system (e.g. ISO 9001).',
            de: 'Ein zertifiziertes Qualitätsmanagementsystem (z. B. ISO 9001).',
            fr: 'Un système de management de la qualité certifié (par ex. ISO 9001).',
            it: 'Un sistema di gestione della qualità certificato (ad es. ISO 9001).',
          },
          options: IN_PLACE,
        },
        {
          code: 'certifications.market',
          text: {
            en: 'Our products carry the marks the target markets require (CE, UL/CSA, FDA ...).',
            de: 'Unsere Produkte tragen die Zeichen, die die Zielmärkte verlangen (CE, UL/CSA, FDA ...).',
            fr: 'Nos produits portent les marquages exigés par les marchés cibles (CE, UL/CSA, FDA ...).',
            it: 'I nostri prodotti hanno i marchi richiesti dai mercati obiettivo (CE, UL/CSA, FDA ...).',
          },
          options: EXTENT,
        },
      ],
      recommendation: {
        advice: {
          en: 'List the marks and standards your target markets require and plan them early; market studies name them.',
          de: 'Listen Sie die Zeichen und Normen Ihrer Zielmärkte auf und planen Sie sie früh; Marktstudien nennen sie.',
          fr: 'Listez les marquages et normes exigés par vos marchés cibles et planifiez-les tôt ; les études de marché les citent.',
          it: 'Elencate marchi e norme richiesti dai mercati obiettivo e pianificateli presto; gli studi di mercato li indicano.',
        },
        articleKinds: ['MARKET_STUDY', 'GUIDE'],
        events: false,
        partners: true,
        fundingCalls: false,
      },
    },
    {
      dimension: 'LANGUAGES',
      weight: 1,
      label: { en: 'Languages', de: 'Sprachen', fr: 'Langues', it: 'Lingue' },
      questions: [
        {
          code: 'languages.staff',
          text: {
            en: 'Our staff can negotiate in the languages of the target markets.',
            de: 'Unsere Mitarbeitenden können in den Sprachen der Zielmärkte verhandeln.',
            fr: 'Notre personnel peut négocier dans les langues des marchés cibles.',
            it: 'Il nostro personale sa negoziare nelle lingue dei mercati obiettivo.',
          },
          options: EXTENT,
        },
        {
          code: 'languages.material',
          text: {
            en: 'Website, product sheets and contracts exist in the languages of the target markets.',
            de: 'Website, Datenblätter und Verträge gibt es in den Sprachen der Zielmärkte.',
            fr: 'Site web, fiches produit et contrats existent dans les langues des marchés cibles.',
            it: 'Sito web, schede prodotto e contratti esistono nelle lingue dei mercati obiettivo.',
          },
          options: EXTENT,
        },
      ],
      recommendation: {
        advice: {
          en: 'Translate your product sheets and website first; a local partner can cover negotiations.',
          de: 'Übersetzen Sie zuerst Datenblätter und Website; ein lokaler Partner kann Verhandlungen übernehmen.',
          fr: "Traduisez d'abord fiches produit et site web ; un partenaire local peut mener les négociations.",
          it: 'Traducete prima schede prodotto e sito web; un partner locale può condurre le trattative.',
        },
        articleKinds: ['GUIDE'],
        events: false,
        partners: true,
        fundingCalls: false,
      },
    },
    {
      dimension: 'INTERNATIONAL_EXPERIENCE',
      weight: 1,
      label: {
        en: 'International experience',
        de: 'Internationale Erfahrung',
        fr: 'Expérience internationale',
        it: 'Esperienza internazionale',
      },
      questions: [
        {
          code: 'experience.share',
          text: {
            en: 'Share of turnover made outside the home country.',
            de: 'Anteil des Umsatzes außerhalb des Heimatlandes.',
            fr: "Part du chiffre d'affaires réalisée hors du pays d'origine.",
            it: 'Quota del fatturato realizzata fuori dal paese di origine.',
          },
          options: SHARE,
        },
        {
          code: 'experience.countries',
          text: {
            en: 'Countries outside the EU where you have customers.',
            de: 'Länder außerhalb der EU, in denen Sie Kunden haben.',
            fr: "Pays hors de l'UE où vous avez des clients.",
            it: "Paesi fuori dall'UE in cui avete clienti.",
          },
          options: COUNT,
        },
      ],
      recommendation: {
        advice: {
          en: 'Join a cluster mission before going alone: read the reports of past missions and sign up for the next.',
          de: 'Nehmen Sie an einer Cluster-Mission teil, bevor Sie allein gehen: Lesen Sie Berichte früherer Missionen.',
          fr: 'Participez à une mission de cluster avant de partir seul : lisez les comptes rendus des missions passées.',
          it: 'Partecipate a una missione di cluster prima di andare da soli: leggete i resoconti delle missioni passate.',
        },
        articleKinds: ['MISSION_REPORT'],
        events: true,
        partners: false,
        fundingCalls: false,
      },
    },
    {
      dimension: 'PRODUCT_ADAPTATION',
      weight: 1,
      label: { en: 'Product adaptation', de: 'Produktanpassung', fr: 'Adaptation des produits', it: 'Adattamento dei prodotti' },
      questions: [
        {
          code: 'adaptation.product',
          text: {
            en: "We have adapted products to a foreign market's standards, needs or prices.",
            de: 'Wir haben Produkte an Normen, Bedürfnisse oder Preise eines ausländischen Marktes angepasst.',
            fr: "Nous avons adapté des produits aux normes, besoins ou prix d'un marché étranger.",
            it: 'Abbiamo adattato prodotti a norme, esigenze o prezzi di un mercato estero.',
          },
          options: EXTENT,
        },
        {
          code: 'adaptation.support',
          text: {
            en: 'We can deliver service and support abroad, directly or through partners.',
            de: 'Wir können Service und Support im Ausland leisten, selbst oder über Partner.',
            fr: "Nous pouvons assurer service et support à l'étranger, directement ou via des partenaires.",
            it: "Possiamo fornire assistenza all'estero, direttamente o tramite partner.",
          },
          options: EXTENT,
        },
      ],
      recommendation: {
        advice: {
          en: 'Adapt with partners from the application sector: cross-sector collaboration shows what end users need.',
          de: 'Passen Sie mit Partnern aus der Anwenderbranche an: branchenübergreifende Zusammenarbeit zeigt, was Anwender brauchen.',
          fr: "Adaptez avec des partenaires du secteur d'application : la collaboration intersectorielle révèle les besoins des utilisateurs.",
          it: 'Adattate con partner del settore applicativo: la collaborazione intersettoriale mostra ciò di cui gli utenti hanno bisogno.',
        },
        articleKinds: ['CROSS_SECTOR_COLLABORATION', 'GUIDE'],
        events: false,
        partners: true,
        fundingCalls: false,
      },
    },
    {
      dimension: 'MARKET_KNOWLEDGE',
      weight: 2,
      label: {
        en: 'Target-market knowledge',
        de: 'Kenntnis der Zielmärkte',
        fr: 'Connaissance des marchés cibles',
        it: 'Conoscenza dei mercati obiettivo',
      },
      questions: [
        {
          code: 'market.research',
          text: {
            en: 'We have studied the target markets: size, competitors, prices and regulations.',
            de: 'Wir haben die Zielmärkte untersucht: Größe, Wettbewerber, Preise und Vorschriften.',
            fr: 'Nous avons étudié les marchés cibles : taille, concurrents, prix et réglementation.',
            it: 'Abbiamo studiato i mercati obiettivo: dimensioni, concorrenti, prezzi e normative.',
          },
          options: EXTENT,
        },
        {
          code: 'market.contacts',
          text: {
            en: 'Contacts in the target markets: distributors, clusters, customers.',
            de: 'Kontakte in den Zielmärkten: Händler, Cluster, Kunden.',
            fr: 'Contacts sur les marchés cibles : distributeurs, clusters, clients.',
            it: 'Contatti nei mercati obiettivo: distributori, cluster, clienti.',
          },
          options: COUNT,
        },
      ],
      recommendation: {
        advice: {
          en: 'Read the market studies of your target countries and meet their clusters on a mission.',
          de: 'Lesen Sie die Marktstudien Ihrer Zielländer und treffen Sie deren Cluster auf einer Mission.',
          fr: 'Lisez les études de marché de vos pays cibles et rencontrez leurs clusters lors d’une mission.',
          it: 'Leggete gli studi di mercato dei paesi obiettivo e incontrate i loro cluster in una missione.',
        },
        articleKinds: ['MARKET_STUDY', 'MISSION_REPORT'],
        events: true,
        partners: false,
        fundingCalls: false,
      },
    },
    {
      dimension: 'FINANCING',
      weight: 1,
      label: { en: 'Financing', de: 'Finanzierung', fr: 'Financement', it: 'Finanziamento' },
      questions: [
        {
          code: 'financing.budget',
          text: {
            en: 'Export activities have a budget of their own.',
            de: 'Exportaktivitäten haben ein eigenes Budget.',
            fr: "Les activités d'export ont leur propre budget.",
            it: 'Le attività di export hanno un proprio budget.',
          },
          options: IN_PLACE,
        },
        {
          code: 'financing.instruments',
          text: {
            en: 'We know and use export financing: public export aid, EU calls, export credit insurance.',
            de: 'Wir kennen und nutzen Exportfinanzierung: öffentliche Exportförderung, EU-Ausschreibungen, Exportkreditversicherung.',
            fr: "Nous connaissons et utilisons les financements export : aides publiques, appels de l'UE, assurance-crédit export.",
            it: "Conosciamo e usiamo i finanziamenti all'export: aiuti pubblici, bandi UE, assicurazione del credito all'export.",
          },
          options: EXTENT,
        },
      ],
      recommendation: {
        advice: {
          en: 'Set an export budget and look at the open funding calls that fit your capabilities.',
          de: 'Legen Sie ein Exportbudget fest und prüfen Sie die offenen Förderaufrufe, die zu Ihren Kompetenzen passen.',
          fr: 'Fixez un budget export et consultez les appels à financement ouverts adaptés à vos compétences.',
          it: "Fissate un budget per l'export e consultate i bandi aperti adatti alle vostre competenze.",
        },
        articleKinds: ['GUIDE'],
        events: false,
        partners: false,
        fundingCalls: true,
      },
    },
  ],
};
