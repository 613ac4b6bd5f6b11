/**
 * The NHS patient-experience Qualitative Data Categorisation (QDC) framework, v7 (2023-09-25):
 * 10 categories and their 33 sub-categories, the default code frame for theming comments.
 * Source: NHS England / The Strategy Unit, `The-Strategy-Unit/experiencesdashboard`
 * (FFT-QDC_Framework_MVP_version_20230925.xlsx), MIT licence, Copyright (c) 2021 NHS England.
 */

/** Categories and their sub-categories, in the framework's order. */
export const QDC_FRAMEWORK_V7 = [
  {
    category: 'General',
    subcategories: [
      'Positive experience & gratitude',
      'Organisation & efficiency',
      'Funding & use of financial resources',
      'Feeling safe',
      'Labelling not possible',
      'Not assigned',
    ],
  },
  {
    category: 'Staff',
    subcategories: [
      'Staff manner & personal attributes',
      'Staffing levels & responsiveness',
      'Competence & training',
    ],
  },
  {
    category: 'Access to medical care & support',
    subcategories: [
      'Contacting services',
      'Appointment arrangements',
      'Appointment method',
      'Timeliness of care',
    ],
  },
  {
    category: 'Communication & involvement',
    subcategories: [
      'Unspecified communication',
      'Staff listening, understanding & involving patients',
      'Information directly from staff during care',
      'Information provision & guidance',
      'Being kept informed, clarity & consistency of information',
      'Interaction with family/ carers',
    ],
  },
  {
    category: 'Mental health specifics',
    subcategories: ['Mental Health Act'],
  },
  {
    category: 'Patient journey & service coordination',
    subcategories: ['Continuity of care', 'Discharge'],
  },
  {
    category: 'Medication & pain',
    subcategories: ['Supplying & understanding medication', 'Pain management'],
  },
  {
    category: 'Activities',
    subcategories: ['Activities & access to fresh air', 'Electronic entertainment'],
  },
  {
    category: 'Environment, equipment & catering',
    subcategories: [
      'Cleanliness, tidiness & infection control',
      'Sensory experience',
      'Environment, facilities & equipment',
      'Food & drink provision & facilities',
    ],
  },
  {
    category: 'Service location, travel & transport',
    subcategories: ['Service location', 'Transport to/ from services', 'Parking'],
  },
] as const;

/** A QDC v7 sub-category name, for example "Staff manner & personal attributes". */
export type QdcSubcategory = (typeof QDC_FRAMEWORK_V7)[number]['subcategories'][number];

/** Every sub-category name, in the framework's order. */
export const QDC_SUBCATEGORIES: readonly QdcSubcategory[] = QDC_FRAMEWORK_V7.flatMap(
  (category) => category.subcategories,
);

/**
 * The sub-category a coder gives an empty comment. It is not a theme a comment is about, so the
 * suggester never learns or suggests it: it says `isSubstantive: false` instead.
 */
export const LABELLING_NOT_POSSIBLE = 'Labelling not possible' satisfies QdcSubcategory;

/**
 * The kebab-case code a note stores for a sub-category: lower case, "&" and "/" dropped, words
 * joined by hyphens ("Transport to/ from services" → `transport-to-from-services`).
 */
export const toThemeCode = (name: string): string =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/ /g, '-');
