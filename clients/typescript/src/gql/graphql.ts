/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How learning is assessed (EU Council Recommendation on micro-credentials, element 'type of assessment'). */
export type AssessmentType =
  | 'EXAM'
  | 'ORAL'
  | 'PEER_REVIEW'
  | 'PORTFOLIO'
  | 'PRACTICAL'
  | 'PROJECT'
  | 'SELF_ASSESSMENT';

/** AssessmentType filters */
export type AssessmentTypeEnumScalarFilters = {
  eq?: AssessmentType | null | undefined;
  in?: Array<AssessmentType> | null | undefined;
};

/** The audiences a token may carry (README, 'Who may see and change what'). */
export type Audience =
  | 'ADMIN'
  | 'EMPLOYEE'
  | 'PARTNER'
  | 'PLANNER';

/** Boolean filters */
export type BooleanScalarFilters = {
  eq?: boolean | null | undefined;
};

export type CandidateFilter = {
  /** Leave out people who hold the role now (default false). */
  excludeCurrentHolders?: boolean | null | undefined;
  location?: string | null | undefined;
  /** Only people with at least this share of an FTE free (default 0). */
  minAvailability?: number | null | undefined;
  /** Only members of this org unit or the units below it. */
  orgUnitId?: string | null | undefined;
};

/** Exactly one of the two. */
export type CareerStart = {
  personId?: string | null | undefined;
  roleId?: string | null | undefined;
};

export type CompletionAggregationWhereInput = {
  AND?: Array<CompletionAggregationWhereInput> | null | undefined;
  NOT?: CompletionAggregationWhereInput | null | undefined;
  OR?: Array<CompletionAggregationWhereInput> | null | undefined;
  completedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

export type CompletionCreateInput = {
  completedAt: string;
  evidenceUrl?: string | null | undefined;
  verified?: boolean | null | undefined;
};

export type CompletionWhere = {
  AND?: Array<CompletionWhere> | null | undefined;
  NOT?: CompletionWhere | null | undefined;
  OR?: Array<CompletionWhere> | null | undefined;
  completedAt?: DateTimeScalarFilters | null | undefined;
  evidenceUrl?: UrlScalarFilters | null | undefined;
  verified?: BooleanScalarFilters | null | undefined;
};

export type ConnectionAggregationCountFilterInput = {
  edges?: IntScalarFilters | null | undefined;
  nodes?: IntScalarFilters | null | undefined;
};

/** CountryCode filters */
export type CountryCodeScalarFilters = {
  eq?: string | null | undefined;
  in?: Array<string> | null | undefined;
};

export type CourseCompletedByConnectFieldInput = {
  connect?: Array<PersonConnectInput> | null | undefined;
  edge: CompletionCreateInput;
  where?: PersonConnectWhere | null | undefined;
};

export type CourseCompletedByConnectionAggregateInput = {
  AND?: Array<CourseCompletedByConnectionAggregateInput> | null | undefined;
  NOT?: CourseCompletedByConnectionAggregateInput | null | undefined;
  OR?: Array<CourseCompletedByConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: CompletionAggregationWhereInput | null | undefined;
  node?: CourseCompletedByNodeAggregationWhereInput | null | undefined;
};

export type CourseCompletedByConnectionFilters = {
  /** Filter Courses by aggregating results on related CourseCompletedByConnections */
  aggregate?: CourseCompletedByConnectionAggregateInput | null | undefined;
  /** Return Courses where all of the related CourseCompletedByConnections match this filter */
  all?: CourseCompletedByConnectionWhere | null | undefined;
  /** Return Courses where none of the related CourseCompletedByConnections match this filter */
  none?: CourseCompletedByConnectionWhere | null | undefined;
  /** Return Courses where one of the related CourseCompletedByConnections match this filter */
  single?: CourseCompletedByConnectionWhere | null | undefined;
  /** Return Courses where some of the related CourseCompletedByConnections match this filter */
  some?: CourseCompletedByConnectionWhere | null | undefined;
};

export type CourseCompletedByConnectionWhere = {
  AND?: Array<CourseCompletedByConnectionWhere> | null | undefined;
  NOT?: CourseCompletedByConnectionWhere | null | undefined;
  OR?: Array<CourseCompletedByConnectionWhere> | null | undefined;
  edge?: CompletionWhere | null | undefined;
  node?: PersonWhere | null | undefined;
};

export type CourseCompletedByCreateFieldInput = {
  edge: CompletionCreateInput;
  node: PersonCreateInput;
};

export type CourseCompletedByFieldInput = {
  connect?: Array<CourseCompletedByConnectFieldInput> | null | undefined;
  create?: Array<CourseCompletedByCreateFieldInput> | null | undefined;
};

export type CourseCompletedByNodeAggregationWhereInput = {
  AND?: Array<CourseCompletedByNodeAggregationWhereInput> | null | undefined;
  NOT?: CourseCompletedByNodeAggregationWhereInput | null | undefined;
  OR?: Array<CourseCompletedByNodeAggregationWhereInput> | null | undefined;
  availability?: FloatScalarAggregationFilters | null | undefined;
  location?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type CourseConnectInput = {
  completedBy?: Array<CourseCompletedByConnectFieldInput> | null | undefined;
  preparesFor?: Array<CoursePreparesForConnectFieldInput> | null | undefined;
  prerequisites?: Array<CoursePrerequisitesConnectFieldInput> | null | undefined;
  teaches?: Array<CourseTeachesConnectFieldInput> | null | undefined;
};

export type CourseConnectWhere = {
  node: CourseWhere;
};

export type CourseCreateInput = {
  completedBy?: CourseCompletedByFieldInput | null | undefined;
  /** Allowed: a number of 0 or more. */
  cost: number;
  currency: string;
  description?: string | null | undefined;
  /** Allowed: a whole number of 1 or more. */
  durationMinutes: number;
  format: DeliveryFormat;
  id: string;
  language: string;
  preparesFor?: CoursePreparesForFieldInput | null | undefined;
  prerequisites?: CoursePrerequisitesFieldInput | null | undefined;
  provider?: CourseProviderFieldInput | null | undefined;
  teaches?: CourseTeachesFieldInput | null | undefined;
  title: string;
  url?: string | null | undefined;
};

export type CoursePreparesForConnectFieldInput = {
  connect?: Array<CredentialConnectInput> | null | undefined;
  where?: CredentialConnectWhere | null | undefined;
};

export type CoursePreparesForConnectionAggregateInput = {
  AND?: Array<CoursePreparesForConnectionAggregateInput> | null | undefined;
  NOT?: CoursePreparesForConnectionAggregateInput | null | undefined;
  OR?: Array<CoursePreparesForConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: CoursePreparesForNodeAggregationWhereInput | null | undefined;
};

export type CoursePreparesForConnectionFilters = {
  /** Filter Courses by aggregating results on related CoursePreparesForConnections */
  aggregate?: CoursePreparesForConnectionAggregateInput | null | undefined;
  /** Return Courses where all of the related CoursePreparesForConnections match this filter */
  all?: CoursePreparesForConnectionWhere | null | undefined;
  /** Return Courses where none of the related CoursePreparesForConnections match this filter */
  none?: CoursePreparesForConnectionWhere | null | undefined;
  /** Return Courses where one of the related CoursePreparesForConnections match this filter */
  single?: CoursePreparesForConnectionWhere | null | undefined;
  /** Return Courses where some of the related CoursePreparesForConnections match this filter */
  some?: CoursePreparesForConnectionWhere | null | undefined;
};

export type CoursePreparesForConnectionWhere = {
  AND?: Array<CoursePreparesForConnectionWhere> | null | undefined;
  NOT?: CoursePreparesForConnectionWhere | null | undefined;
  OR?: Array<CoursePreparesForConnectionWhere> | null | undefined;
  node?: CredentialWhere | null | undefined;
};

export type CoursePreparesForCreateFieldInput = {
  node: CredentialCreateInput;
};

export type CoursePreparesForFieldInput = {
  connect?: Array<CoursePreparesForConnectFieldInput> | null | undefined;
  create?: Array<CoursePreparesForCreateFieldInput> | null | undefined;
};

export type CoursePreparesForNodeAggregationWhereInput = {
  AND?: Array<CoursePreparesForNodeAggregationWhereInput> | null | undefined;
  NOT?: CoursePreparesForNodeAggregationWhereInput | null | undefined;
  OR?: Array<CoursePreparesForNodeAggregationWhereInput> | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  ects?: FloatScalarAggregationFilters | null | undefined;
  eqfLevel?: IntScalarAggregationFilters | null | undefined;
  gradingScheme?: StringScalarAggregationFilters | null | undefined;
  identityVerification?: StringScalarAggregationFilters | null | undefined;
  qualityAssurance?: StringScalarAggregationFilters | null | undefined;
  requiredParts?: IntScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  validityMonths?: IntScalarAggregationFilters | null | undefined;
  workloadHours?: FloatScalarAggregationFilters | null | undefined;
};

export type CoursePrerequisitesConnectFieldInput = {
  connect?: Array<SkillConnectInput> | null | undefined;
  edge: SkillLevelCreateInput;
  where?: SkillConnectWhere | null | undefined;
};

export type CoursePrerequisitesConnectionAggregateInput = {
  AND?: Array<CoursePrerequisitesConnectionAggregateInput> | null | undefined;
  NOT?: CoursePrerequisitesConnectionAggregateInput | null | undefined;
  OR?: Array<CoursePrerequisitesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: SkillLevelAggregationWhereInput | null | undefined;
  node?: CoursePrerequisitesNodeAggregationWhereInput | null | undefined;
};

export type CoursePrerequisitesConnectionFilters = {
  /** Filter Courses by aggregating results on related CoursePrerequisitesConnections */
  aggregate?: CoursePrerequisitesConnectionAggregateInput | null | undefined;
  /** Return Courses where all of the related CoursePrerequisitesConnections match this filter */
  all?: CoursePrerequisitesConnectionWhere | null | undefined;
  /** Return Courses where none of the related CoursePrerequisitesConnections match this filter */
  none?: CoursePrerequisitesConnectionWhere | null | undefined;
  /** Return Courses where one of the related CoursePrerequisitesConnections match this filter */
  single?: CoursePrerequisitesConnectionWhere | null | undefined;
  /** Return Courses where some of the related CoursePrerequisitesConnections match this filter */
  some?: CoursePrerequisitesConnectionWhere | null | undefined;
};

export type CoursePrerequisitesConnectionWhere = {
  AND?: Array<CoursePrerequisitesConnectionWhere> | null | undefined;
  NOT?: CoursePrerequisitesConnectionWhere | null | undefined;
  OR?: Array<CoursePrerequisitesConnectionWhere> | null | undefined;
  edge?: SkillLevelWhere | null | undefined;
  node?: SkillWhere | null | undefined;
};

export type CoursePrerequisitesCreateFieldInput = {
  edge: SkillLevelCreateInput;
  node: SkillCreateInput;
};

export type CoursePrerequisitesFieldInput = {
  connect?: Array<CoursePrerequisitesConnectFieldInput> | null | undefined;
  create?: Array<CoursePrerequisitesCreateFieldInput> | null | undefined;
};

export type CoursePrerequisitesNodeAggregationWhereInput = {
  AND?: Array<CoursePrerequisitesNodeAggregationWhereInput> | null | undefined;
  NOT?: CoursePrerequisitesNodeAggregationWhereInput | null | undefined;
  OR?: Array<CoursePrerequisitesNodeAggregationWhereInput> | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type CourseProviderConnectionWhere = {
  AND?: Array<CourseProviderConnectionWhere> | null | undefined;
  NOT?: CourseProviderConnectionWhere | null | undefined;
  OR?: Array<CourseProviderConnectionWhere> | null | undefined;
  node?: OrganizationWhere | null | undefined;
};

export type CourseProviderCreateFieldInput = {
  node: OrganizationCreateInput;
};

export type CourseProviderFieldInput = {
  create?: CourseProviderCreateFieldInput | null | undefined;
};

export type CourseRelationshipFilters = {
  /** Filter type where all of the related Courses match this filter */
  all?: CourseWhere | null | undefined;
  /** Filter type where none of the related Courses match this filter */
  none?: CourseWhere | null | undefined;
  /** Filter type where one of the related Courses match this filter */
  single?: CourseWhere | null | undefined;
  /** Filter type where some of the related Courses match this filter */
  some?: CourseWhere | null | undefined;
};

export type CourseTeachesConnectFieldInput = {
  connect?: Array<SkillConnectInput> | null | undefined;
  edge: SkillLevelCreateInput;
  where?: SkillConnectWhere | null | undefined;
};

export type CourseTeachesConnectionAggregateInput = {
  AND?: Array<CourseTeachesConnectionAggregateInput> | null | undefined;
  NOT?: CourseTeachesConnectionAggregateInput | null | undefined;
  OR?: Array<CourseTeachesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: SkillLevelAggregationWhereInput | null | undefined;
  node?: CourseTeachesNodeAggregationWhereInput | null | undefined;
};

export type CourseTeachesConnectionFilters = {
  /** Filter Courses by aggregating results on related CourseTeachesConnections */
  aggregate?: CourseTeachesConnectionAggregateInput | null | undefined;
  /** Return Courses where all of the related CourseTeachesConnections match this filter */
  all?: CourseTeachesConnectionWhere | null | undefined;
  /** Return Courses where none of the related CourseTeachesConnections match this filter */
  none?: CourseTeachesConnectionWhere | null | undefined;
  /** Return Courses where one of the related CourseTeachesConnections match this filter */
  single?: CourseTeachesConnectionWhere | null | undefined;
  /** Return Courses where some of the related CourseTeachesConnections match this filter */
  some?: CourseTeachesConnectionWhere | null | undefined;
};

export type CourseTeachesConnectionWhere = {
  AND?: Array<CourseTeachesConnectionWhere> | null | undefined;
  NOT?: CourseTeachesConnectionWhere | null | undefined;
  OR?: Array<CourseTeachesConnectionWhere> | null | undefined;
  edge?: SkillLevelWhere | null | undefined;
  node?: SkillWhere | null | undefined;
};

export type CourseTeachesCreateFieldInput = {
  edge: SkillLevelCreateInput;
  node: SkillCreateInput;
};

export type CourseTeachesFieldInput = {
  connect?: Array<CourseTeachesConnectFieldInput> | null | undefined;
  create?: Array<CourseTeachesCreateFieldInput> | null | undefined;
};

export type CourseTeachesNodeAggregationWhereInput = {
  AND?: Array<CourseTeachesNodeAggregationWhereInput> | null | undefined;
  NOT?: CourseTeachesNodeAggregationWhereInput | null | undefined;
  OR?: Array<CourseTeachesNodeAggregationWhereInput> | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type CourseWhere = {
  AND?: Array<CourseWhere> | null | undefined;
  NOT?: CourseWhere | null | undefined;
  OR?: Array<CourseWhere> | null | undefined;
  completedBy?: PersonRelationshipFilters | null | undefined;
  completedByConnection?: CourseCompletedByConnectionFilters | null | undefined;
  cost?: FloatScalarFilters | null | undefined;
  currency?: CurrencyScalarFilters | null | undefined;
  description?: StringScalarFilters | null | undefined;
  durationMinutes?: IntScalarFilters | null | undefined;
  format?: DeliveryFormatEnumScalarFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  language?: LocaleScalarFilters | null | undefined;
  preparesFor?: CredentialRelationshipFilters | null | undefined;
  preparesForConnection?: CoursePreparesForConnectionFilters | null | undefined;
  prerequisites?: SkillRelationshipFilters | null | undefined;
  prerequisitesConnection?: CoursePrerequisitesConnectionFilters | null | undefined;
  provider?: OrganizationWhere | null | undefined;
  providerConnection?: CourseProviderConnectionWhere | null | undefined;
  teaches?: SkillRelationshipFilters | null | undefined;
  teachesConnection?: CourseTeachesConnectionFilters | null | undefined;
  title?: StringScalarFilters | null | undefined;
  url?: UrlScalarFilters | null | undefined;
};

export type CredentialAwardingBodyConnectionWhere = {
  AND?: Array<CredentialAwardingBodyConnectionWhere> | null | undefined;
  NOT?: CredentialAwardingBodyConnectionWhere | null | undefined;
  OR?: Array<CredentialAwardingBodyConnectionWhere> | null | undefined;
  node?: OrganizationWhere | null | undefined;
};

export type CredentialAwardingBodyCreateFieldInput = {
  node: OrganizationCreateInput;
};

export type CredentialAwardingBodyFieldInput = {
  create?: CredentialAwardingBodyCreateFieldInput | null | undefined;
};

export type CredentialCertifiesConnectFieldInput = {
  connect?: Array<SkillConnectInput> | null | undefined;
  edge: SkillLevelCreateInput;
  where?: SkillConnectWhere | null | undefined;
};

export type CredentialCertifiesConnectionAggregateInput = {
  AND?: Array<CredentialCertifiesConnectionAggregateInput> | null | undefined;
  NOT?: CredentialCertifiesConnectionAggregateInput | null | undefined;
  OR?: Array<CredentialCertifiesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: SkillLevelAggregationWhereInput | null | undefined;
  node?: CredentialCertifiesNodeAggregationWhereInput | null | undefined;
};

export type CredentialCertifiesConnectionFilters = {
  /** Filter Credentials by aggregating results on related CredentialCertifiesConnections */
  aggregate?: CredentialCertifiesConnectionAggregateInput | null | undefined;
  /** Return Credentials where all of the related CredentialCertifiesConnections match this filter */
  all?: CredentialCertifiesConnectionWhere | null | undefined;
  /** Return Credentials where none of the related CredentialCertifiesConnections match this filter */
  none?: CredentialCertifiesConnectionWhere | null | undefined;
  /** Return Credentials where one of the related CredentialCertifiesConnections match this filter */
  single?: CredentialCertifiesConnectionWhere | null | undefined;
  /** Return Credentials where some of the related CredentialCertifiesConnections match this filter */
  some?: CredentialCertifiesConnectionWhere | null | undefined;
};

export type CredentialCertifiesConnectionWhere = {
  AND?: Array<CredentialCertifiesConnectionWhere> | null | undefined;
  NOT?: CredentialCertifiesConnectionWhere | null | undefined;
  OR?: Array<CredentialCertifiesConnectionWhere> | null | undefined;
  edge?: SkillLevelWhere | null | undefined;
  node?: SkillWhere | null | undefined;
};

export type CredentialCertifiesCreateFieldInput = {
  edge: SkillLevelCreateInput;
  node: SkillCreateInput;
};

export type CredentialCertifiesFieldInput = {
  connect?: Array<CredentialCertifiesConnectFieldInput> | null | undefined;
  create?: Array<CredentialCertifiesCreateFieldInput> | null | undefined;
};

export type CredentialCertifiesNodeAggregationWhereInput = {
  AND?: Array<CredentialCertifiesNodeAggregationWhereInput> | null | undefined;
  NOT?: CredentialCertifiesNodeAggregationWhereInput | null | undefined;
  OR?: Array<CredentialCertifiesNodeAggregationWhereInput> | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type CredentialConnectInput = {
  certifies?: Array<CredentialCertifiesConnectFieldInput> | null | undefined;
  holders?: Array<CredentialHoldersConnectFieldInput> | null | undefined;
  partOf?: Array<CredentialPartOfConnectFieldInput> | null | undefined;
  parts?: Array<CredentialPartsConnectFieldInput> | null | undefined;
  preparedBy?: Array<CredentialPreparedByConnectFieldInput> | null | undefined;
  prerequisites?: Array<CredentialPrerequisitesConnectFieldInput> | null | undefined;
};

export type CredentialConnectWhere = {
  node: CredentialWhere;
};

export type CredentialCreateInput = {
  assessmentType?: AssessmentType | null | undefined;
  awardingBody?: CredentialAwardingBodyFieldInput | null | undefined;
  certifies?: CredentialCertifiesFieldInput | null | undefined;
  description?: string | null | undefined;
  /** Allowed: a number of 0 or more. */
  ects?: number | null | undefined;
  /** Allowed: a whole number from 1 to 8. */
  eqfLevel?: number | null | undefined;
  euMicroCredential?: boolean | null | undefined;
  gradingScheme?: string | null | undefined;
  holders?: CredentialHoldersFieldInput | null | undefined;
  id: string;
  identityVerification?: string | null | undefined;
  language?: string | null | undefined;
  learningOutcomes?: Array<string>;
  partOf?: CredentialPartOfFieldInput | null | undefined;
  participationForm?: DeliveryFormat | null | undefined;
  parts?: CredentialPartsFieldInput | null | undefined;
  preparedBy?: CredentialPreparedByFieldInput | null | undefined;
  prerequisites?: CredentialPrerequisitesFieldInput | null | undefined;
  qualityAssurance?: string | null | undefined;
  /** Allowed: a whole number of 1 or more. */
  requiredParts?: number | null | undefined;
  title: string;
  url?: string | null | undefined;
  /** Allowed: a whole number of 1 or more. */
  validityMonths?: number | null | undefined;
  /** Allowed: a number of 0 or more. */
  workloadHours?: number | null | undefined;
};

export type CredentialHoldersConnectFieldInput = {
  connect?: Array<PersonConnectInput> | null | undefined;
  edge: CredentialHoldingCreateInput;
  where?: PersonConnectWhere | null | undefined;
};

export type CredentialHoldersConnectionAggregateInput = {
  AND?: Array<CredentialHoldersConnectionAggregateInput> | null | undefined;
  NOT?: CredentialHoldersConnectionAggregateInput | null | undefined;
  OR?: Array<CredentialHoldersConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: CredentialHoldingAggregationWhereInput | null | undefined;
  node?: CredentialHoldersNodeAggregationWhereInput | null | undefined;
};

export type CredentialHoldersConnectionFilters = {
  /** Filter Credentials by aggregating results on related CredentialHoldersConnections */
  aggregate?: CredentialHoldersConnectionAggregateInput | null | undefined;
  /** Return Credentials where all of the related CredentialHoldersConnections match this filter */
  all?: CredentialHoldersConnectionWhere | null | undefined;
  /** Return Credentials where none of the related CredentialHoldersConnections match this filter */
  none?: CredentialHoldersConnectionWhere | null | undefined;
  /** Return Credentials where one of the related CredentialHoldersConnections match this filter */
  single?: CredentialHoldersConnectionWhere | null | undefined;
  /** Return Credentials where some of the related CredentialHoldersConnections match this filter */
  some?: CredentialHoldersConnectionWhere | null | undefined;
};

export type CredentialHoldersConnectionWhere = {
  AND?: Array<CredentialHoldersConnectionWhere> | null | undefined;
  NOT?: CredentialHoldersConnectionWhere | null | undefined;
  OR?: Array<CredentialHoldersConnectionWhere> | null | undefined;
  edge?: CredentialHoldingWhere | null | undefined;
  node?: PersonWhere | null | undefined;
};

export type CredentialHoldersCreateFieldInput = {
  edge: CredentialHoldingCreateInput;
  node: PersonCreateInput;
};

export type CredentialHoldersFieldInput = {
  connect?: Array<CredentialHoldersConnectFieldInput> | null | undefined;
  create?: Array<CredentialHoldersCreateFieldInput> | null | undefined;
};

export type CredentialHoldersNodeAggregationWhereInput = {
  AND?: Array<CredentialHoldersNodeAggregationWhereInput> | null | undefined;
  NOT?: CredentialHoldersNodeAggregationWhereInput | null | undefined;
  OR?: Array<CredentialHoldersNodeAggregationWhereInput> | null | undefined;
  availability?: FloatScalarAggregationFilters | null | undefined;
  location?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type CredentialHoldingAggregationWhereInput = {
  AND?: Array<CredentialHoldingAggregationWhereInput> | null | undefined;
  NOT?: CredentialHoldingAggregationWhereInput | null | undefined;
  OR?: Array<CredentialHoldingAggregationWhereInput> | null | undefined;
  expiresAt?: DateTimeScalarAggregationFilters | null | undefined;
  issuedAt?: DateTimeScalarAggregationFilters | null | undefined;
  revocationReason?: StringScalarAggregationFilters | null | undefined;
  revokedAt?: DateTimeScalarAggregationFilters | null | undefined;
};

export type CredentialHoldingCreateInput = {
  evidenceUrl?: string | null | undefined;
  expiresAt?: string | null | undefined;
  issuedAt: string;
  issuerId?: string | null | undefined;
  revocationReason?: string | null | undefined;
  revokedAt?: string | null | undefined;
  verified: boolean;
};

export type CredentialHoldingWhere = {
  AND?: Array<CredentialHoldingWhere> | null | undefined;
  NOT?: CredentialHoldingWhere | null | undefined;
  OR?: Array<CredentialHoldingWhere> | null | undefined;
  evidenceUrl?: UrlScalarFilters | null | undefined;
  expiresAt?: DateTimeScalarFilters | null | undefined;
  issuedAt?: DateTimeScalarFilters | null | undefined;
  issuerId?: IdScalarFilters | null | undefined;
  revocationReason?: StringScalarFilters | null | undefined;
  revokedAt?: DateTimeScalarFilters | null | undefined;
  verified?: BooleanScalarFilters | null | undefined;
};

/** An item of issueCredentials: one of your organisation's credentials to one recipient. */
export type CredentialIssueInput = {
  credentialId: string;
  /** The learner's email address (give this or externalId). */
  email?: string | null | undefined;
  evidenceUrl?: string | null | undefined;
  /** Default: the credential's validityMonths after issuedAt (never, when it has none). */
  expiresAt?: string | null | undefined;
  /** Your own id for the learner (give this or email). */
  externalId?: string | null | undefined;
  /** Default: now. */
  issuedAt?: string | null | undefined;
};

export type CredentialPartOfConnectFieldInput = {
  connect?: Array<CredentialConnectInput> | null | undefined;
  edge: StackPartCreateInput;
  where?: CredentialConnectWhere | null | undefined;
};

export type CredentialPartOfConnectionAggregateInput = {
  AND?: Array<CredentialPartOfConnectionAggregateInput> | null | undefined;
  NOT?: CredentialPartOfConnectionAggregateInput | null | undefined;
  OR?: Array<CredentialPartOfConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: CredentialPartOfNodeAggregationWhereInput | null | undefined;
};

export type CredentialPartOfConnectionFilters = {
  /** Filter Credentials by aggregating results on related CredentialPartOfConnections */
  aggregate?: CredentialPartOfConnectionAggregateInput | null | undefined;
  /** Return Credentials where all of the related CredentialPartOfConnections match this filter */
  all?: CredentialPartOfConnectionWhere | null | undefined;
  /** Return Credentials where none of the related CredentialPartOfConnections match this filter */
  none?: CredentialPartOfConnectionWhere | null | undefined;
  /** Return Credentials where one of the related CredentialPartOfConnections match this filter */
  single?: CredentialPartOfConnectionWhere | null | undefined;
  /** Return Credentials where some of the related CredentialPartOfConnections match this filter */
  some?: CredentialPartOfConnectionWhere | null | undefined;
};

export type CredentialPartOfConnectionWhere = {
  AND?: Array<CredentialPartOfConnectionWhere> | null | undefined;
  NOT?: CredentialPartOfConnectionWhere | null | undefined;
  OR?: Array<CredentialPartOfConnectionWhere> | null | undefined;
  edge?: StackPartWhere | null | undefined;
  node?: CredentialWhere | null | undefined;
};

export type CredentialPartOfCreateFieldInput = {
  edge: StackPartCreateInput;
  node: CredentialCreateInput;
};

export type CredentialPartOfFieldInput = {
  connect?: Array<CredentialPartOfConnectFieldInput> | null | undefined;
  create?: Array<CredentialPartOfCreateFieldInput> | null | undefined;
};

export type CredentialPartOfNodeAggregationWhereInput = {
  AND?: Array<CredentialPartOfNodeAggregationWhereInput> | null | undefined;
  NOT?: CredentialPartOfNodeAggregationWhereInput | null | undefined;
  OR?: Array<CredentialPartOfNodeAggregationWhereInput> | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  ects?: FloatScalarAggregationFilters | null | undefined;
  eqfLevel?: IntScalarAggregationFilters | null | undefined;
  gradingScheme?: StringScalarAggregationFilters | null | undefined;
  identityVerification?: StringScalarAggregationFilters | null | undefined;
  qualityAssurance?: StringScalarAggregationFilters | null | undefined;
  requiredParts?: IntScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  validityMonths?: IntScalarAggregationFilters | null | undefined;
  workloadHours?: FloatScalarAggregationFilters | null | undefined;
};

export type CredentialPartsConnectFieldInput = {
  connect?: Array<CredentialConnectInput> | null | undefined;
  edge: StackPartCreateInput;
  where?: CredentialConnectWhere | null | undefined;
};

export type CredentialPartsConnectionAggregateInput = {
  AND?: Array<CredentialPartsConnectionAggregateInput> | null | undefined;
  NOT?: CredentialPartsConnectionAggregateInput | null | undefined;
  OR?: Array<CredentialPartsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: CredentialPartsNodeAggregationWhereInput | null | undefined;
};

export type CredentialPartsConnectionFilters = {
  /** Filter Credentials by aggregating results on related CredentialPartsConnections */
  aggregate?: CredentialPartsConnectionAggregateInput | null | undefined;
  /** Return Credentials where all of the related CredentialPartsConnections match this filter */
  all?: CredentialPartsConnectionWhere | null | undefined;
  /** Return Credentials where none of the related CredentialPartsConnections match this filter */
  none?: CredentialPartsConnectionWhere | null | undefined;
  /** Return Credentials where one of the related CredentialPartsConnections match this filter */
  single?: CredentialPartsConnectionWhere | null | undefined;
  /** Return Credentials where some of the related CredentialPartsConnections match this filter */
  some?: CredentialPartsConnectionWhere | null | undefined;
};

export type CredentialPartsConnectionWhere = {
  AND?: Array<CredentialPartsConnectionWhere> | null | undefined;
  NOT?: CredentialPartsConnectionWhere | null | undefined;
  OR?: Array<CredentialPartsConnectionWhere> | null | undefined;
  edge?: StackPartWhere | null | undefined;
  node?: CredentialWhere | null | undefined;
};

export type CredentialPartsCreateFieldInput = {
  edge: StackPartCreateInput;
  node: CredentialCreateInput;
};

export type CredentialPartsFieldInput = {
  connect?: Array<CredentialPartsConnectFieldInput> | null | undefined;
  create?: Array<CredentialPartsCreateFieldInput> | null | undefined;
};

export type CredentialPartsNodeAggregationWhereInput = {
  AND?: Array<CredentialPartsNodeAggregationWhereInput> | null | undefined;
  NOT?: CredentialPartsNodeAggregationWhereInput | null | undefined;
  OR?: Array<CredentialPartsNodeAggregationWhereInput> | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  ects?: FloatScalarAggregationFilters | null | undefined;
  eqfLevel?: IntScalarAggregationFilters | null | undefined;
  gradingScheme?: StringScalarAggregationFilters | null | undefined;
  identityVerification?: StringScalarAggregationFilters | null | undefined;
  qualityAssurance?: StringScalarAggregationFilters | null | undefined;
  requiredParts?: IntScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  validityMonths?: IntScalarAggregationFilters | null | undefined;
  workloadHours?: FloatScalarAggregationFilters | null | undefined;
};

export type CredentialPreparedByConnectFieldInput = {
  connect?: Array<CourseConnectInput> | null | undefined;
  where?: CourseConnectWhere | null | undefined;
};

export type CredentialPreparedByConnectionAggregateInput = {
  AND?: Array<CredentialPreparedByConnectionAggregateInput> | null | undefined;
  NOT?: CredentialPreparedByConnectionAggregateInput | null | undefined;
  OR?: Array<CredentialPreparedByConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: CredentialPreparedByNodeAggregationWhereInput | null | undefined;
};

export type CredentialPreparedByConnectionFilters = {
  /** Filter Credentials by aggregating results on related CredentialPreparedByConnections */
  aggregate?: CredentialPreparedByConnectionAggregateInput | null | undefined;
  /** Return Credentials where all of the related CredentialPreparedByConnections match this filter */
  all?: CredentialPreparedByConnectionWhere | null | undefined;
  /** Return Credentials where none of the related CredentialPreparedByConnections match this filter */
  none?: CredentialPreparedByConnectionWhere | null | undefined;
  /** Return Credentials where one of the related CredentialPreparedByConnections match this filter */
  single?: CredentialPreparedByConnectionWhere | null | undefined;
  /** Return Credentials where some of the related CredentialPreparedByConnections match this filter */
  some?: CredentialPreparedByConnectionWhere | null | undefined;
};

export type CredentialPreparedByConnectionWhere = {
  AND?: Array<CredentialPreparedByConnectionWhere> | null | undefined;
  NOT?: CredentialPreparedByConnectionWhere | null | undefined;
  OR?: Array<CredentialPreparedByConnectionWhere> | null | undefined;
  node?: CourseWhere | null | undefined;
};

export type CredentialPreparedByCreateFieldInput = {
  node: CourseCreateInput;
};

export type CredentialPreparedByFieldInput = {
  connect?: Array<CredentialPreparedByConnectFieldInput> | null | undefined;
  create?: Array<CredentialPreparedByCreateFieldInput> | null | undefined;
};

export type CredentialPreparedByNodeAggregationWhereInput = {
  AND?: Array<CredentialPreparedByNodeAggregationWhereInput> | null | undefined;
  NOT?: CredentialPreparedByNodeAggregationWhereInput | null | undefined;
  OR?: Array<CredentialPreparedByNodeAggregationWhereInput> | null | undefined;
  cost?: FloatScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  durationMinutes?: IntScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
};

export type CredentialPrerequisitesConnectFieldInput = {
  connect?: Array<CredentialConnectInput> | null | undefined;
  where?: CredentialConnectWhere | null | undefined;
};

export type CredentialPrerequisitesConnectionAggregateInput = {
  AND?: Array<CredentialPrerequisitesConnectionAggregateInput> | null | undefined;
  NOT?: CredentialPrerequisitesConnectionAggregateInput | null | undefined;
  OR?: Array<CredentialPrerequisitesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: CredentialPrerequisitesNodeAggregationWhereInput | null | undefined;
};

export type CredentialPrerequisitesConnectionFilters = {
  /** Filter Credentials by aggregating results on related CredentialPrerequisitesConnections */
  aggregate?: CredentialPrerequisitesConnectionAggregateInput | null | undefined;
  /** Return Credentials where all of the related CredentialPrerequisitesConnections match this filter */
  all?: CredentialPrerequisitesConnectionWhere | null | undefined;
  /** Return Credentials where none of the related CredentialPrerequisitesConnections match this filter */
  none?: CredentialPrerequisitesConnectionWhere | null | undefined;
  /** Return Credentials where one of the related CredentialPrerequisitesConnections match this filter */
  single?: CredentialPrerequisitesConnectionWhere | null | undefined;
  /** Return Credentials where some of the related CredentialPrerequisitesConnections match this filter */
  some?: CredentialPrerequisitesConnectionWhere | null | undefined;
};

export type CredentialPrerequisitesConnectionWhere = {
  AND?: Array<CredentialPrerequisitesConnectionWhere> | null | undefined;
  NOT?: CredentialPrerequisitesConnectionWhere | null | undefined;
  OR?: Array<CredentialPrerequisitesConnectionWhere> | null | undefined;
  node?: CredentialWhere | null | undefined;
};

export type CredentialPrerequisitesCreateFieldInput = {
  node: CredentialCreateInput;
};

export type CredentialPrerequisitesFieldInput = {
  connect?: Array<CredentialPrerequisitesConnectFieldInput> | null | undefined;
  create?: Array<CredentialPrerequisitesCreateFieldInput> | null | undefined;
};

export type CredentialPrerequisitesNodeAggregationWhereInput = {
  AND?: Array<CredentialPrerequisitesNodeAggregationWhereInput> | null | undefined;
  NOT?: CredentialPrerequisitesNodeAggregationWhereInput | null | undefined;
  OR?: Array<CredentialPrerequisitesNodeAggregationWhereInput> | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  ects?: FloatScalarAggregationFilters | null | undefined;
  eqfLevel?: IntScalarAggregationFilters | null | undefined;
  gradingScheme?: StringScalarAggregationFilters | null | undefined;
  identityVerification?: StringScalarAggregationFilters | null | undefined;
  qualityAssurance?: StringScalarAggregationFilters | null | undefined;
  requiredParts?: IntScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  validityMonths?: IntScalarAggregationFilters | null | undefined;
  workloadHours?: FloatScalarAggregationFilters | null | undefined;
};

export type CredentialRelationshipFilters = {
  /** Filter type where all of the related Credentials match this filter */
  all?: CredentialWhere | null | undefined;
  /** Filter type where none of the related Credentials match this filter */
  none?: CredentialWhere | null | undefined;
  /** Filter type where one of the related Credentials match this filter */
  single?: CredentialWhere | null | undefined;
  /** Filter type where some of the related Credentials match this filter */
  some?: CredentialWhere | null | undefined;
};

export type CredentialWhere = {
  AND?: Array<CredentialWhere> | null | undefined;
  NOT?: CredentialWhere | null | undefined;
  OR?: Array<CredentialWhere> | null | undefined;
  assessmentType?: AssessmentTypeEnumScalarFilters | null | undefined;
  awardingBody?: OrganizationWhere | null | undefined;
  awardingBodyConnection?: CredentialAwardingBodyConnectionWhere | null | undefined;
  certifies?: SkillRelationshipFilters | null | undefined;
  certifiesConnection?: CredentialCertifiesConnectionFilters | null | undefined;
  description?: StringScalarFilters | null | undefined;
  ects?: FloatScalarFilters | null | undefined;
  eqfLevel?: IntScalarFilters | null | undefined;
  euMicroCredential?: BooleanScalarFilters | null | undefined;
  gradingScheme?: StringScalarFilters | null | undefined;
  holders?: PersonRelationshipFilters | null | undefined;
  holdersConnection?: CredentialHoldersConnectionFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  identityVerification?: StringScalarFilters | null | undefined;
  language?: LocaleScalarFilters | null | undefined;
  learningOutcomes?: StringListFilters | null | undefined;
  partOf?: CredentialRelationshipFilters | null | undefined;
  partOfConnection?: CredentialPartOfConnectionFilters | null | undefined;
  participationForm?: DeliveryFormatEnumScalarFilters | null | undefined;
  parts?: CredentialRelationshipFilters | null | undefined;
  partsConnection?: CredentialPartsConnectionFilters | null | undefined;
  preparedBy?: CourseRelationshipFilters | null | undefined;
  preparedByConnection?: CredentialPreparedByConnectionFilters | null | undefined;
  prerequisites?: CredentialRelationshipFilters | null | undefined;
  prerequisitesConnection?: CredentialPrerequisitesConnectionFilters | null | undefined;
  qualityAssurance?: StringScalarFilters | null | undefined;
  requiredParts?: IntScalarFilters | null | undefined;
  title?: StringScalarFilters | null | undefined;
  url?: UrlScalarFilters | null | undefined;
  validityMonths?: IntScalarFilters | null | undefined;
  workloadHours?: FloatScalarFilters | null | undefined;
};

export type CrosswalkAggregationWhereInput = {
  AND?: Array<CrosswalkAggregationWhereInput> | null | undefined;
  NOT?: CrosswalkAggregationWhereInput | null | undefined;
  OR?: Array<CrosswalkAggregationWhereInput> | null | undefined;
  confidence?: FloatScalarAggregationFilters | null | undefined;
  similarity?: FloatScalarAggregationFilters | null | undefined;
  source?: StringScalarAggregationFilters | null | undefined;
};

export type CrosswalkCreateInput = {
  /** Allowed: a number of 0 or more. */
  confidence?: number | null | undefined;
  /** Allowed: a number from -1 to 1. */
  similarity?: number | null | undefined;
  source: string;
};

export type CrosswalkWhere = {
  AND?: Array<CrosswalkWhere> | null | undefined;
  NOT?: CrosswalkWhere | null | undefined;
  OR?: Array<CrosswalkWhere> | null | undefined;
  confidence?: FloatScalarFilters | null | undefined;
  similarity?: FloatScalarFilters | null | undefined;
  source?: StringScalarFilters | null | undefined;
};

/** Currency filters */
export type CurrencyScalarFilters = {
  eq?: string | null | undefined;
  in?: Array<string> | null | undefined;
};

/** Date filters */
export type DateScalarFilters = {
  eq?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  in?: Array<string> | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
};

/** Filters for an aggregation of an DateTime input field */
export type DateTimeScalarAggregationFilters = {
  max?: DateTimeScalarFilters | null | undefined;
  min?: DateTimeScalarFilters | null | undefined;
};

/** DateTime filters */
export type DateTimeScalarFilters = {
  eq?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  in?: Array<string> | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
};

export type DeliveryFormat =
  | 'BLENDED'
  | 'ONLINE'
  | 'ONSITE';

/** DeliveryFormat filters */
export type DeliveryFormatEnumScalarFilters = {
  eq?: DeliveryFormat | null | undefined;
  in?: Array<DeliveryFormat> | null | undefined;
};

/** EmailAddress filters */
export type EmailAddressScalarFilters = {
  eq?: string | null | undefined;
  in?: Array<string> | null | undefined;
};

/** Where a skill level claim comes from. */
export type EvidenceSource =
  | 'ASSESSED'
  | 'CREDENTIAL'
  | 'INFERRED'
  | 'MANAGER'
  | 'PEER'
  | 'SELF';

/** EvidenceSource filters */
export type EvidenceSourceEnumScalarFilters = {
  eq?: EvidenceSource | null | undefined;
  in?: Array<EvidenceSource> | null | undefined;
};

/** Filters for an aggregation of a float field */
export type FloatScalarAggregationFilters = {
  average?: FloatScalarFilters | null | undefined;
  max?: FloatScalarFilters | null | undefined;
  min?: FloatScalarFilters | null | undefined;
  sum?: FloatScalarFilters | null | undefined;
};

/** Float filters */
export type FloatScalarFilters = {
  eq?: number | null | undefined;
  gt?: number | null | undefined;
  gte?: number | null | undefined;
  in?: Array<number> | null | undefined;
  lt?: number | null | undefined;
  lte?: number | null | undefined;
};

/** ID filters */
export type IdScalarFilters = {
  contains?: string | null | undefined;
  endsWith?: string | null | undefined;
  eq?: string | null | undefined;
  in?: Array<string> | null | undefined;
  startsWith?: string | null | undefined;
};

/** How much a skill matters for a role or to another skill. */
export type Importance =
  | 'ESSENTIAL'
  | 'OPTIONAL';

/** Importance filters */
export type ImportanceEnumScalarFilters = {
  eq?: Importance | null | undefined;
  in?: Array<Importance> | null | undefined;
};

/** Filters for an aggregation of an int field */
export type IntScalarAggregationFilters = {
  average?: FloatScalarFilters | null | undefined;
  max?: IntScalarFilters | null | undefined;
  min?: IntScalarFilters | null | undefined;
  sum?: IntScalarFilters | null | undefined;
};

/** Int filters */
export type IntScalarFilters = {
  eq?: number | null | undefined;
  gt?: number | null | undefined;
  gte?: number | null | undefined;
  in?: Array<number> | null | undefined;
  lt?: number | null | undefined;
  lte?: number | null | undefined;
};

export type IssueStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REVOKED';

export type LearningPlanOptions = {
  /** For a role: plan for essential requirements only. */
  essentialOnly?: boolean;
  /** Only courses in these formats. */
  formats?: Array<DeliveryFormat> | null | undefined;
  /** For a role: let a narrower skill held at level L count for its broader skill at L-1, as skillGap's includeNarrower. */
  includeNarrower?: boolean;
  /** Only courses in these languages (as Course.language). */
  languages?: Array<string> | null | undefined;
  /** Stop adding courses beyond this total cost; what does not fit is reported as open (BUDGET). */
  maxCost?: number | null | undefined;
  /** The longest course you will take, in minutes (micro-learning: for example 30); longer courses are left out. */
  maxCourseMinutes?: number | null | undefined;
  /** Stop adding courses beyond this many minutes; what does not fit is reported as open (BUDGET). */
  maxMinutes?: number | null | undefined;
  objective?: PlanObjective;
  /** Only courses from these providers (organisation ids). */
  providerIds?: Array<string> | null | undefined;
};

/** What to plan for: exactly one of a role or a credential. */
export type LearningTarget = {
  credentialId?: string | null | undefined;
  roleId?: string | null | undefined;
};

/** Locale filters */
export type LocaleScalarFilters = {
  eq?: string | null | undefined;
  in?: Array<string> | null | undefined;
};

export type OccupationGroupBroaderGroupsConnectFieldInput = {
  connect?: Array<OccupationGroupConnectInput> | null | undefined;
  where?: OccupationGroupConnectWhere | null | undefined;
};

export type OccupationGroupBroaderGroupsConnectionAggregateInput = {
  AND?: Array<OccupationGroupBroaderGroupsConnectionAggregateInput> | null | undefined;
  NOT?: OccupationGroupBroaderGroupsConnectionAggregateInput | null | undefined;
  OR?: Array<OccupationGroupBroaderGroupsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: OccupationGroupBroaderGroupsNodeAggregationWhereInput | null | undefined;
};

export type OccupationGroupBroaderGroupsConnectionFilters = {
  /** Filter OccupationGroups by aggregating results on related OccupationGroupBroaderGroupsConnections */
  aggregate?: OccupationGroupBroaderGroupsConnectionAggregateInput | null | undefined;
  /** Return OccupationGroups where all of the related OccupationGroupBroaderGroupsConnections match this filter */
  all?: OccupationGroupBroaderGroupsConnectionWhere | null | undefined;
  /** Return OccupationGroups where none of the related OccupationGroupBroaderGroupsConnections match this filter */
  none?: OccupationGroupBroaderGroupsConnectionWhere | null | undefined;
  /** Return OccupationGroups where one of the related OccupationGroupBroaderGroupsConnections match this filter */
  single?: OccupationGroupBroaderGroupsConnectionWhere | null | undefined;
  /** Return OccupationGroups where some of the related OccupationGroupBroaderGroupsConnections match this filter */
  some?: OccupationGroupBroaderGroupsConnectionWhere | null | undefined;
};

export type OccupationGroupBroaderGroupsConnectionWhere = {
  AND?: Array<OccupationGroupBroaderGroupsConnectionWhere> | null | undefined;
  NOT?: OccupationGroupBroaderGroupsConnectionWhere | null | undefined;
  OR?: Array<OccupationGroupBroaderGroupsConnectionWhere> | null | undefined;
  node?: OccupationGroupWhere | null | undefined;
};

export type OccupationGroupBroaderGroupsCreateFieldInput = {
  node: OccupationGroupCreateInput;
};

export type OccupationGroupBroaderGroupsFieldInput = {
  connect?: Array<OccupationGroupBroaderGroupsConnectFieldInput> | null | undefined;
  create?: Array<OccupationGroupBroaderGroupsCreateFieldInput> | null | undefined;
};

export type OccupationGroupBroaderGroupsNodeAggregationWhereInput = {
  AND?: Array<OccupationGroupBroaderGroupsNodeAggregationWhereInput> | null | undefined;
  NOT?: OccupationGroupBroaderGroupsNodeAggregationWhereInput | null | undefined;
  OR?: Array<OccupationGroupBroaderGroupsNodeAggregationWhereInput> | null | undefined;
  code?: StringScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
};

export type OccupationGroupConnectInput = {
  broaderGroups?: Array<OccupationGroupBroaderGroupsConnectFieldInput> | null | undefined;
  narrowerGroups?: Array<OccupationGroupNarrowerGroupsConnectFieldInput> | null | undefined;
  narrowerRoles?: Array<OccupationGroupNarrowerRolesConnectFieldInput> | null | undefined;
};

export type OccupationGroupConnectWhere = {
  node: OccupationGroupWhere;
};

export type OccupationGroupCreateInput = {
  altTitles?: Array<string>;
  broaderGroups?: OccupationGroupBroaderGroupsFieldInput | null | undefined;
  code: string;
  description?: string | null | undefined;
  id: string;
  narrowerGroups?: OccupationGroupNarrowerGroupsFieldInput | null | undefined;
  narrowerRoles?: OccupationGroupNarrowerRolesFieldInput | null | undefined;
  taxonomy: Taxonomy;
  title: string;
  uri?: string | null | undefined;
};

export type OccupationGroupNarrowerGroupsConnectFieldInput = {
  connect?: Array<OccupationGroupConnectInput> | null | undefined;
  where?: OccupationGroupConnectWhere | null | undefined;
};

export type OccupationGroupNarrowerGroupsConnectionAggregateInput = {
  AND?: Array<OccupationGroupNarrowerGroupsConnectionAggregateInput> | null | undefined;
  NOT?: OccupationGroupNarrowerGroupsConnectionAggregateInput | null | undefined;
  OR?: Array<OccupationGroupNarrowerGroupsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: OccupationGroupNarrowerGroupsNodeAggregationWhereInput | null | undefined;
};

export type OccupationGroupNarrowerGroupsConnectionFilters = {
  /** Filter OccupationGroups by aggregating results on related OccupationGroupNarrowerGroupsConnections */
  aggregate?: OccupationGroupNarrowerGroupsConnectionAggregateInput | null | undefined;
  /** Return OccupationGroups where all of the related OccupationGroupNarrowerGroupsConnections match this filter */
  all?: OccupationGroupNarrowerGroupsConnectionWhere | null | undefined;
  /** Return OccupationGroups where none of the related OccupationGroupNarrowerGroupsConnections match this filter */
  none?: OccupationGroupNarrowerGroupsConnectionWhere | null | undefined;
  /** Return OccupationGroups where one of the related OccupationGroupNarrowerGroupsConnections match this filter */
  single?: OccupationGroupNarrowerGroupsConnectionWhere | null | undefined;
  /** Return OccupationGroups where some of the related OccupationGroupNarrowerGroupsConnections match this filter */
  some?: OccupationGroupNarrowerGroupsConnectionWhere | null | undefined;
};

export type OccupationGroupNarrowerGroupsConnectionWhere = {
  AND?: Array<OccupationGroupNarrowerGroupsConnectionWhere> | null | undefined;
  NOT?: OccupationGroupNarrowerGroupsConnectionWhere | null | undefined;
  OR?: Array<OccupationGroupNarrowerGroupsConnectionWhere> | null | undefined;
  node?: OccupationGroupWhere | null | undefined;
};

export type OccupationGroupNarrowerGroupsCreateFieldInput = {
  node: OccupationGroupCreateInput;
};

export type OccupationGroupNarrowerGroupsFieldInput = {
  connect?: Array<OccupationGroupNarrowerGroupsConnectFieldInput> | null | undefined;
  create?: Array<OccupationGroupNarrowerGroupsCreateFieldInput> | null | undefined;
};

export type OccupationGroupNarrowerGroupsNodeAggregationWhereInput = {
  AND?: Array<OccupationGroupNarrowerGroupsNodeAggregationWhereInput> | null | undefined;
  NOT?: OccupationGroupNarrowerGroupsNodeAggregationWhereInput | null | undefined;
  OR?: Array<OccupationGroupNarrowerGroupsNodeAggregationWhereInput> | null | undefined;
  code?: StringScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
};

export type OccupationGroupNarrowerRolesConnectFieldInput = {
  connect?: Array<RoleConnectInput> | null | undefined;
  where?: RoleConnectWhere | null | undefined;
};

export type OccupationGroupNarrowerRolesConnectionAggregateInput = {
  AND?: Array<OccupationGroupNarrowerRolesConnectionAggregateInput> | null | undefined;
  NOT?: OccupationGroupNarrowerRolesConnectionAggregateInput | null | undefined;
  OR?: Array<OccupationGroupNarrowerRolesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: OccupationGroupNarrowerRolesNodeAggregationWhereInput | null | undefined;
};

export type OccupationGroupNarrowerRolesConnectionFilters = {
  /** Filter OccupationGroups by aggregating results on related OccupationGroupNarrowerRolesConnections */
  aggregate?: OccupationGroupNarrowerRolesConnectionAggregateInput | null | undefined;
  /** Return OccupationGroups where all of the related OccupationGroupNarrowerRolesConnections match this filter */
  all?: OccupationGroupNarrowerRolesConnectionWhere | null | undefined;
  /** Return OccupationGroups where none of the related OccupationGroupNarrowerRolesConnections match this filter */
  none?: OccupationGroupNarrowerRolesConnectionWhere | null | undefined;
  /** Return OccupationGroups where one of the related OccupationGroupNarrowerRolesConnections match this filter */
  single?: OccupationGroupNarrowerRolesConnectionWhere | null | undefined;
  /** Return OccupationGroups where some of the related OccupationGroupNarrowerRolesConnections match this filter */
  some?: OccupationGroupNarrowerRolesConnectionWhere | null | undefined;
};

export type OccupationGroupNarrowerRolesConnectionWhere = {
  AND?: Array<OccupationGroupNarrowerRolesConnectionWhere> | null | undefined;
  NOT?: OccupationGroupNarrowerRolesConnectionWhere | null | undefined;
  OR?: Array<OccupationGroupNarrowerRolesConnectionWhere> | null | undefined;
  node?: RoleWhere | null | undefined;
};

export type OccupationGroupNarrowerRolesCreateFieldInput = {
  node: RoleCreateInput;
};

export type OccupationGroupNarrowerRolesFieldInput = {
  connect?: Array<OccupationGroupNarrowerRolesConnectFieldInput> | null | undefined;
  create?: Array<OccupationGroupNarrowerRolesCreateFieldInput> | null | undefined;
};

export type OccupationGroupNarrowerRolesNodeAggregationWhereInput = {
  AND?: Array<OccupationGroupNarrowerRolesNodeAggregationWhereInput> | null | undefined;
  NOT?: OccupationGroupNarrowerRolesNodeAggregationWhereInput | null | undefined;
  OR?: Array<OccupationGroupNarrowerRolesNodeAggregationWhereInput> | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  escoCode?: StringScalarAggregationFilters | null | undefined;
  iscoGroup?: StringScalarAggregationFilters | null | undefined;
  jobZone?: IntScalarAggregationFilters | null | undefined;
  onetSocCode?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
};

export type OccupationGroupRelationshipFilters = {
  /** Filter type where all of the related OccupationGroups match this filter */
  all?: OccupationGroupWhere | null | undefined;
  /** Filter type where none of the related OccupationGroups match this filter */
  none?: OccupationGroupWhere | null | undefined;
  /** Filter type where one of the related OccupationGroups match this filter */
  single?: OccupationGroupWhere | null | undefined;
  /** Filter type where some of the related OccupationGroups match this filter */
  some?: OccupationGroupWhere | null | undefined;
};

export type OccupationGroupWhere = {
  AND?: Array<OccupationGroupWhere> | null | undefined;
  NOT?: OccupationGroupWhere | null | undefined;
  OR?: Array<OccupationGroupWhere> | null | undefined;
  altTitles?: StringListFilters | null | undefined;
  broaderGroups?: OccupationGroupRelationshipFilters | null | undefined;
  broaderGroupsConnection?: OccupationGroupBroaderGroupsConnectionFilters | null | undefined;
  code?: StringScalarFilters | null | undefined;
  description?: StringScalarFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  narrowerGroups?: OccupationGroupRelationshipFilters | null | undefined;
  narrowerGroupsConnection?: OccupationGroupNarrowerGroupsConnectionFilters | null | undefined;
  narrowerRoles?: RoleRelationshipFilters | null | undefined;
  narrowerRolesConnection?: OccupationGroupNarrowerRolesConnectionFilters | null | undefined;
  taxonomy?: TaxonomyEnumScalarFilters | null | undefined;
  title?: StringScalarFilters | null | undefined;
  uri?: UrlScalarFilters | null | undefined;
};

/** Why a skill level stays open in a plan. */
export type OpenReason =
  /** Courses could close it, but not within maxMinutes / maxCost. */
  | 'BUDGET'
  /** No course in the catalogue teaches the skill to the level needed. */
  | 'NO_COURSE'
  /** Courses teach it, but their prerequisites cannot be met by the person's evidence or other courses. */
  | 'PREREQUISITES_UNREACHABLE';

export type OrgUnitChildrenConnectFieldInput = {
  connect?: Array<OrgUnitConnectInput> | null | undefined;
  where?: OrgUnitConnectWhere | null | undefined;
};

export type OrgUnitChildrenConnectionAggregateInput = {
  AND?: Array<OrgUnitChildrenConnectionAggregateInput> | null | undefined;
  NOT?: OrgUnitChildrenConnectionAggregateInput | null | undefined;
  OR?: Array<OrgUnitChildrenConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: OrgUnitChildrenNodeAggregationWhereInput | null | undefined;
};

export type OrgUnitChildrenConnectionFilters = {
  /** Filter OrgUnits by aggregating results on related OrgUnitChildrenConnections */
  aggregate?: OrgUnitChildrenConnectionAggregateInput | null | undefined;
  /** Return OrgUnits where all of the related OrgUnitChildrenConnections match this filter */
  all?: OrgUnitChildrenConnectionWhere | null | undefined;
  /** Return OrgUnits where none of the related OrgUnitChildrenConnections match this filter */
  none?: OrgUnitChildrenConnectionWhere | null | undefined;
  /** Return OrgUnits where one of the related OrgUnitChildrenConnections match this filter */
  single?: OrgUnitChildrenConnectionWhere | null | undefined;
  /** Return OrgUnits where some of the related OrgUnitChildrenConnections match this filter */
  some?: OrgUnitChildrenConnectionWhere | null | undefined;
};

export type OrgUnitChildrenConnectionWhere = {
  AND?: Array<OrgUnitChildrenConnectionWhere> | null | undefined;
  NOT?: OrgUnitChildrenConnectionWhere | null | undefined;
  OR?: Array<OrgUnitChildrenConnectionWhere> | null | undefined;
  node?: OrgUnitWhere | null | undefined;
};

export type OrgUnitChildrenCreateFieldInput = {
  node: OrgUnitCreateInput;
};

export type OrgUnitChildrenFieldInput = {
  connect?: Array<OrgUnitChildrenConnectFieldInput> | null | undefined;
  create?: Array<OrgUnitChildrenCreateFieldInput> | null | undefined;
};

export type OrgUnitChildrenNodeAggregationWhereInput = {
  AND?: Array<OrgUnitChildrenNodeAggregationWhereInput> | null | undefined;
  NOT?: OrgUnitChildrenNodeAggregationWhereInput | null | undefined;
  OR?: Array<OrgUnitChildrenNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type OrgUnitConnectInput = {
  children?: Array<OrgUnitChildrenConnectFieldInput> | null | undefined;
  members?: Array<OrgUnitMembersConnectFieldInput> | null | undefined;
  positions?: Array<OrgUnitPositionsConnectFieldInput> | null | undefined;
  teams?: Array<OrgUnitTeamsConnectFieldInput> | null | undefined;
};

export type OrgUnitConnectWhere = {
  node: OrgUnitWhere;
};

export type OrgUnitCreateInput = {
  children?: OrgUnitChildrenFieldInput | null | undefined;
  id: string;
  members?: OrgUnitMembersFieldInput | null | undefined;
  name: string;
  organization?: OrgUnitOrganizationFieldInput | null | undefined;
  parent?: OrgUnitParentFieldInput | null | undefined;
  positions?: OrgUnitPositionsFieldInput | null | undefined;
  teams?: OrgUnitTeamsFieldInput | null | undefined;
};

export type OrgUnitMembersConnectFieldInput = {
  connect?: Array<PersonConnectInput> | null | undefined;
  where?: PersonConnectWhere | null | undefined;
};

export type OrgUnitMembersConnectionAggregateInput = {
  AND?: Array<OrgUnitMembersConnectionAggregateInput> | null | undefined;
  NOT?: OrgUnitMembersConnectionAggregateInput | null | undefined;
  OR?: Array<OrgUnitMembersConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: OrgUnitMembersNodeAggregationWhereInput | null | undefined;
};

export type OrgUnitMembersConnectionFilters = {
  /** Filter OrgUnits by aggregating results on related OrgUnitMembersConnections */
  aggregate?: OrgUnitMembersConnectionAggregateInput | null | undefined;
  /** Return OrgUnits where all of the related OrgUnitMembersConnections match this filter */
  all?: OrgUnitMembersConnectionWhere | null | undefined;
  /** Return OrgUnits where none of the related OrgUnitMembersConnections match this filter */
  none?: OrgUnitMembersConnectionWhere | null | undefined;
  /** Return OrgUnits where one of the related OrgUnitMembersConnections match this filter */
  single?: OrgUnitMembersConnectionWhere | null | undefined;
  /** Return OrgUnits where some of the related OrgUnitMembersConnections match this filter */
  some?: OrgUnitMembersConnectionWhere | null | undefined;
};

export type OrgUnitMembersConnectionWhere = {
  AND?: Array<OrgUnitMembersConnectionWhere> | null | undefined;
  NOT?: OrgUnitMembersConnectionWhere | null | undefined;
  OR?: Array<OrgUnitMembersConnectionWhere> | null | undefined;
  node?: PersonWhere | null | undefined;
};

export type OrgUnitMembersCreateFieldInput = {
  node: PersonCreateInput;
};

export type OrgUnitMembersFieldInput = {
  connect?: Array<OrgUnitMembersConnectFieldInput> | null | undefined;
  create?: Array<OrgUnitMembersCreateFieldInput> | null | undefined;
};

export type OrgUnitMembersNodeAggregationWhereInput = {
  AND?: Array<OrgUnitMembersNodeAggregationWhereInput> | null | undefined;
  NOT?: OrgUnitMembersNodeAggregationWhereInput | null | undefined;
  OR?: Array<OrgUnitMembersNodeAggregationWhereInput> | null | undefined;
  availability?: FloatScalarAggregationFilters | null | undefined;
  location?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type OrgUnitOrganizationConnectionWhere = {
  AND?: Array<OrgUnitOrganizationConnectionWhere> | null | undefined;
  NOT?: OrgUnitOrganizationConnectionWhere | null | undefined;
  OR?: Array<OrgUnitOrganizationConnectionWhere> | null | undefined;
  node?: OrganizationWhere | null | undefined;
};

export type OrgUnitOrganizationCreateFieldInput = {
  node: OrganizationCreateInput;
};

export type OrgUnitOrganizationFieldInput = {
  create?: OrgUnitOrganizationCreateFieldInput | null | undefined;
};

export type OrgUnitParentConnectionWhere = {
  AND?: Array<OrgUnitParentConnectionWhere> | null | undefined;
  NOT?: OrgUnitParentConnectionWhere | null | undefined;
  OR?: Array<OrgUnitParentConnectionWhere> | null | undefined;
  node?: OrgUnitWhere | null | undefined;
};

export type OrgUnitParentCreateFieldInput = {
  node: OrgUnitCreateInput;
};

export type OrgUnitParentFieldInput = {
  create?: OrgUnitParentCreateFieldInput | null | undefined;
};

export type OrgUnitPositionsConnectFieldInput = {
  connect?: Array<RoleConnectInput> | null | undefined;
  edge: PositionCreateInput;
  where?: RoleConnectWhere | null | undefined;
};

export type OrgUnitPositionsConnectionAggregateInput = {
  AND?: Array<OrgUnitPositionsConnectionAggregateInput> | null | undefined;
  NOT?: OrgUnitPositionsConnectionAggregateInput | null | undefined;
  OR?: Array<OrgUnitPositionsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: PositionAggregationWhereInput | null | undefined;
  node?: OrgUnitPositionsNodeAggregationWhereInput | null | undefined;
};

export type OrgUnitPositionsConnectionFilters = {
  /** Filter OrgUnits by aggregating results on related OrgUnitPositionsConnections */
  aggregate?: OrgUnitPositionsConnectionAggregateInput | null | undefined;
  /** Return OrgUnits where all of the related OrgUnitPositionsConnections match this filter */
  all?: OrgUnitPositionsConnectionWhere | null | undefined;
  /** Return OrgUnits where none of the related OrgUnitPositionsConnections match this filter */
  none?: OrgUnitPositionsConnectionWhere | null | undefined;
  /** Return OrgUnits where one of the related OrgUnitPositionsConnections match this filter */
  single?: OrgUnitPositionsConnectionWhere | null | undefined;
  /** Return OrgUnits where some of the related OrgUnitPositionsConnections match this filter */
  some?: OrgUnitPositionsConnectionWhere | null | undefined;
};

export type OrgUnitPositionsConnectionWhere = {
  AND?: Array<OrgUnitPositionsConnectionWhere> | null | undefined;
  NOT?: OrgUnitPositionsConnectionWhere | null | undefined;
  OR?: Array<OrgUnitPositionsConnectionWhere> | null | undefined;
  edge?: PositionWhere | null | undefined;
  node?: RoleWhere | null | undefined;
};

export type OrgUnitPositionsCreateFieldInput = {
  edge: PositionCreateInput;
  node: RoleCreateInput;
};

export type OrgUnitPositionsFieldInput = {
  connect?: Array<OrgUnitPositionsConnectFieldInput> | null | undefined;
  create?: Array<OrgUnitPositionsCreateFieldInput> | null | undefined;
};

export type OrgUnitPositionsNodeAggregationWhereInput = {
  AND?: Array<OrgUnitPositionsNodeAggregationWhereInput> | null | undefined;
  NOT?: OrgUnitPositionsNodeAggregationWhereInput | null | undefined;
  OR?: Array<OrgUnitPositionsNodeAggregationWhereInput> | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  escoCode?: StringScalarAggregationFilters | null | undefined;
  iscoGroup?: StringScalarAggregationFilters | null | undefined;
  jobZone?: IntScalarAggregationFilters | null | undefined;
  onetSocCode?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
};

export type OrgUnitRelationshipFilters = {
  /** Filter type where all of the related OrgUnits match this filter */
  all?: OrgUnitWhere | null | undefined;
  /** Filter type where none of the related OrgUnits match this filter */
  none?: OrgUnitWhere | null | undefined;
  /** Filter type where one of the related OrgUnits match this filter */
  single?: OrgUnitWhere | null | undefined;
  /** Filter type where some of the related OrgUnits match this filter */
  some?: OrgUnitWhere | null | undefined;
};

export type OrgUnitTeamsConnectFieldInput = {
  connect?: Array<TeamConnectInput> | null | undefined;
  where?: TeamConnectWhere | null | undefined;
};

export type OrgUnitTeamsConnectionAggregateInput = {
  AND?: Array<OrgUnitTeamsConnectionAggregateInput> | null | undefined;
  NOT?: OrgUnitTeamsConnectionAggregateInput | null | undefined;
  OR?: Array<OrgUnitTeamsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: OrgUnitTeamsNodeAggregationWhereInput | null | undefined;
};

export type OrgUnitTeamsConnectionFilters = {
  /** Filter OrgUnits by aggregating results on related OrgUnitTeamsConnections */
  aggregate?: OrgUnitTeamsConnectionAggregateInput | null | undefined;
  /** Return OrgUnits where all of the related OrgUnitTeamsConnections match this filter */
  all?: OrgUnitTeamsConnectionWhere | null | undefined;
  /** Return OrgUnits where none of the related OrgUnitTeamsConnections match this filter */
  none?: OrgUnitTeamsConnectionWhere | null | undefined;
  /** Return OrgUnits where one of the related OrgUnitTeamsConnections match this filter */
  single?: OrgUnitTeamsConnectionWhere | null | undefined;
  /** Return OrgUnits where some of the related OrgUnitTeamsConnections match this filter */
  some?: OrgUnitTeamsConnectionWhere | null | undefined;
};

export type OrgUnitTeamsConnectionWhere = {
  AND?: Array<OrgUnitTeamsConnectionWhere> | null | undefined;
  NOT?: OrgUnitTeamsConnectionWhere | null | undefined;
  OR?: Array<OrgUnitTeamsConnectionWhere> | null | undefined;
  node?: TeamWhere | null | undefined;
};

export type OrgUnitTeamsCreateFieldInput = {
  node: TeamCreateInput;
};

export type OrgUnitTeamsFieldInput = {
  connect?: Array<OrgUnitTeamsConnectFieldInput> | null | undefined;
  create?: Array<OrgUnitTeamsCreateFieldInput> | null | undefined;
};

export type OrgUnitTeamsNodeAggregationWhereInput = {
  AND?: Array<OrgUnitTeamsNodeAggregationWhereInput> | null | undefined;
  NOT?: OrgUnitTeamsNodeAggregationWhereInput | null | undefined;
  OR?: Array<OrgUnitTeamsNodeAggregationWhereInput> | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type OrgUnitWhere = {
  AND?: Array<OrgUnitWhere> | null | undefined;
  NOT?: OrgUnitWhere | null | undefined;
  OR?: Array<OrgUnitWhere> | null | undefined;
  children?: OrgUnitRelationshipFilters | null | undefined;
  childrenConnection?: OrgUnitChildrenConnectionFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  members?: PersonRelationshipFilters | null | undefined;
  membersConnection?: OrgUnitMembersConnectionFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  organization?: OrganizationWhere | null | undefined;
  organizationConnection?: OrgUnitOrganizationConnectionWhere | null | undefined;
  parent?: OrgUnitWhere | null | undefined;
  parentConnection?: OrgUnitParentConnectionWhere | null | undefined;
  positions?: RoleRelationshipFilters | null | undefined;
  positionsConnection?: OrgUnitPositionsConnectionFilters | null | undefined;
  teams?: TeamRelationshipFilters | null | undefined;
  teamsConnection?: OrgUnitTeamsConnectionFilters | null | undefined;
};

export type OrganizationCoursesConnectFieldInput = {
  connect?: Array<CourseConnectInput> | null | undefined;
  where?: CourseConnectWhere | null | undefined;
};

export type OrganizationCoursesConnectionAggregateInput = {
  AND?: Array<OrganizationCoursesConnectionAggregateInput> | null | undefined;
  NOT?: OrganizationCoursesConnectionAggregateInput | null | undefined;
  OR?: Array<OrganizationCoursesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: OrganizationCoursesNodeAggregationWhereInput | null | undefined;
};

export type OrganizationCoursesConnectionFilters = {
  /** Filter Organizations by aggregating results on related OrganizationCoursesConnections */
  aggregate?: OrganizationCoursesConnectionAggregateInput | null | undefined;
  /** Return Organizations where all of the related OrganizationCoursesConnections match this filter */
  all?: OrganizationCoursesConnectionWhere | null | undefined;
  /** Return Organizations where none of the related OrganizationCoursesConnections match this filter */
  none?: OrganizationCoursesConnectionWhere | null | undefined;
  /** Return Organizations where one of the related OrganizationCoursesConnections match this filter */
  single?: OrganizationCoursesConnectionWhere | null | undefined;
  /** Return Organizations where some of the related OrganizationCoursesConnections match this filter */
  some?: OrganizationCoursesConnectionWhere | null | undefined;
};

export type OrganizationCoursesConnectionWhere = {
  AND?: Array<OrganizationCoursesConnectionWhere> | null | undefined;
  NOT?: OrganizationCoursesConnectionWhere | null | undefined;
  OR?: Array<OrganizationCoursesConnectionWhere> | null | undefined;
  node?: CourseWhere | null | undefined;
};

export type OrganizationCoursesCreateFieldInput = {
  node: CourseCreateInput;
};

export type OrganizationCoursesFieldInput = {
  connect?: Array<OrganizationCoursesConnectFieldInput> | null | undefined;
  create?: Array<OrganizationCoursesCreateFieldInput> | null | undefined;
};

export type OrganizationCoursesNodeAggregationWhereInput = {
  AND?: Array<OrganizationCoursesNodeAggregationWhereInput> | null | undefined;
  NOT?: OrganizationCoursesNodeAggregationWhereInput | null | undefined;
  OR?: Array<OrganizationCoursesNodeAggregationWhereInput> | null | undefined;
  cost?: FloatScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  durationMinutes?: IntScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
};

export type OrganizationCreateInput = {
  country?: string | null | undefined;
  courses?: OrganizationCoursesFieldInput | null | undefined;
  credentials?: OrganizationCredentialsFieldInput | null | undefined;
  id: string;
  kinds: Array<OrganizationKind>;
  name: string;
  orgUnits?: OrganizationOrgUnitsFieldInput | null | undefined;
  url?: string | null | undefined;
};

export type OrganizationCredentialsConnectFieldInput = {
  connect?: Array<CredentialConnectInput> | null | undefined;
  where?: CredentialConnectWhere | null | undefined;
};

export type OrganizationCredentialsConnectionAggregateInput = {
  AND?: Array<OrganizationCredentialsConnectionAggregateInput> | null | undefined;
  NOT?: OrganizationCredentialsConnectionAggregateInput | null | undefined;
  OR?: Array<OrganizationCredentialsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: OrganizationCredentialsNodeAggregationWhereInput | null | undefined;
};

export type OrganizationCredentialsConnectionFilters = {
  /** Filter Organizations by aggregating results on related OrganizationCredentialsConnections */
  aggregate?: OrganizationCredentialsConnectionAggregateInput | null | undefined;
  /** Return Organizations where all of the related OrganizationCredentialsConnections match this filter */
  all?: OrganizationCredentialsConnectionWhere | null | undefined;
  /** Return Organizations where none of the related OrganizationCredentialsConnections match this filter */
  none?: OrganizationCredentialsConnectionWhere | null | undefined;
  /** Return Organizations where one of the related OrganizationCredentialsConnections match this filter */
  single?: OrganizationCredentialsConnectionWhere | null | undefined;
  /** Return Organizations where some of the related OrganizationCredentialsConnections match this filter */
  some?: OrganizationCredentialsConnectionWhere | null | undefined;
};

export type OrganizationCredentialsConnectionWhere = {
  AND?: Array<OrganizationCredentialsConnectionWhere> | null | undefined;
  NOT?: OrganizationCredentialsConnectionWhere | null | undefined;
  OR?: Array<OrganizationCredentialsConnectionWhere> | null | undefined;
  node?: CredentialWhere | null | undefined;
};

export type OrganizationCredentialsCreateFieldInput = {
  node: CredentialCreateInput;
};

export type OrganizationCredentialsFieldInput = {
  connect?: Array<OrganizationCredentialsConnectFieldInput> | null | undefined;
  create?: Array<OrganizationCredentialsCreateFieldInput> | null | undefined;
};

export type OrganizationCredentialsNodeAggregationWhereInput = {
  AND?: Array<OrganizationCredentialsNodeAggregationWhereInput> | null | undefined;
  NOT?: OrganizationCredentialsNodeAggregationWhereInput | null | undefined;
  OR?: Array<OrganizationCredentialsNodeAggregationWhereInput> | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  ects?: FloatScalarAggregationFilters | null | undefined;
  eqfLevel?: IntScalarAggregationFilters | null | undefined;
  gradingScheme?: StringScalarAggregationFilters | null | undefined;
  identityVerification?: StringScalarAggregationFilters | null | undefined;
  qualityAssurance?: StringScalarAggregationFilters | null | undefined;
  requiredParts?: IntScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  validityMonths?: IntScalarAggregationFilters | null | undefined;
  workloadHours?: FloatScalarAggregationFilters | null | undefined;
};

export type OrganizationKind =
  | 'CREDENTIAL_ISSUER'
  | 'EMPLOYER'
  | 'PARTNER'
  | 'TRAINING_PROVIDER';

/** OrganizationKind filters */
export type OrganizationKindListEnumScalarFilters = {
  eq?: Array<OrganizationKind> | null | undefined;
  includes?: OrganizationKind | null | undefined;
};

export type OrganizationOrgUnitsConnectFieldInput = {
  connect?: Array<OrgUnitConnectInput> | null | undefined;
  where?: OrgUnitConnectWhere | null | undefined;
};

export type OrganizationOrgUnitsConnectionAggregateInput = {
  AND?: Array<OrganizationOrgUnitsConnectionAggregateInput> | null | undefined;
  NOT?: OrganizationOrgUnitsConnectionAggregateInput | null | undefined;
  OR?: Array<OrganizationOrgUnitsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: OrganizationOrgUnitsNodeAggregationWhereInput | null | undefined;
};

export type OrganizationOrgUnitsConnectionFilters = {
  /** Filter Organizations by aggregating results on related OrganizationOrgUnitsConnections */
  aggregate?: OrganizationOrgUnitsConnectionAggregateInput | null | undefined;
  /** Return Organizations where all of the related OrganizationOrgUnitsConnections match this filter */
  all?: OrganizationOrgUnitsConnectionWhere | null | undefined;
  /** Return Organizations where none of the related OrganizationOrgUnitsConnections match this filter */
  none?: OrganizationOrgUnitsConnectionWhere | null | undefined;
  /** Return Organizations where one of the related OrganizationOrgUnitsConnections match this filter */
  single?: OrganizationOrgUnitsConnectionWhere | null | undefined;
  /** Return Organizations where some of the related OrganizationOrgUnitsConnections match this filter */
  some?: OrganizationOrgUnitsConnectionWhere | null | undefined;
};

export type OrganizationOrgUnitsConnectionWhere = {
  AND?: Array<OrganizationOrgUnitsConnectionWhere> | null | undefined;
  NOT?: OrganizationOrgUnitsConnectionWhere | null | undefined;
  OR?: Array<OrganizationOrgUnitsConnectionWhere> | null | undefined;
  node?: OrgUnitWhere | null | undefined;
};

export type OrganizationOrgUnitsCreateFieldInput = {
  node: OrgUnitCreateInput;
};

export type OrganizationOrgUnitsFieldInput = {
  connect?: Array<OrganizationOrgUnitsConnectFieldInput> | null | undefined;
  create?: Array<OrganizationOrgUnitsCreateFieldInput> | null | undefined;
};

export type OrganizationOrgUnitsNodeAggregationWhereInput = {
  AND?: Array<OrganizationOrgUnitsNodeAggregationWhereInput> | null | undefined;
  NOT?: OrganizationOrgUnitsNodeAggregationWhereInput | null | undefined;
  OR?: Array<OrganizationOrgUnitsNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type OrganizationWhere = {
  AND?: Array<OrganizationWhere> | null | undefined;
  NOT?: OrganizationWhere | null | undefined;
  OR?: Array<OrganizationWhere> | null | undefined;
  country?: CountryCodeScalarFilters | null | undefined;
  courses?: CourseRelationshipFilters | null | undefined;
  coursesConnection?: OrganizationCoursesConnectionFilters | null | undefined;
  credentials?: CredentialRelationshipFilters | null | undefined;
  credentialsConnection?: OrganizationCredentialsConnectionFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  kinds?: OrganizationKindListEnumScalarFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  orgUnits?: OrgUnitRelationshipFilters | null | undefined;
  orgUnitsConnection?: OrganizationOrgUnitsConnectionFilters | null | undefined;
  url?: UrlScalarFilters | null | undefined;
};

export type PastTenureCreateInput = {
  from: string;
  until: string;
};

export type PastTenureWhere = {
  AND?: Array<PastTenureWhere> | null | undefined;
  NOT?: PastTenureWhere | null | undefined;
  OR?: Array<PastTenureWhere> | null | undefined;
  from?: DateScalarFilters | null | undefined;
  until?: DateScalarFilters | null | undefined;
};

export type PersonAspiredRolesConnectFieldInput = {
  connect?: Array<RoleConnectInput> | null | undefined;
  where?: RoleConnectWhere | null | undefined;
};

export type PersonAspiredRolesConnectionAggregateInput = {
  AND?: Array<PersonAspiredRolesConnectionAggregateInput> | null | undefined;
  NOT?: PersonAspiredRolesConnectionAggregateInput | null | undefined;
  OR?: Array<PersonAspiredRolesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: PersonAspiredRolesNodeAggregationWhereInput | null | undefined;
};

export type PersonAspiredRolesConnectionFilters = {
  /** Filter People by aggregating results on related PersonAspiredRolesConnections */
  aggregate?: PersonAspiredRolesConnectionAggregateInput | null | undefined;
  /** Return People where all of the related PersonAspiredRolesConnections match this filter */
  all?: PersonAspiredRolesConnectionWhere | null | undefined;
  /** Return People where none of the related PersonAspiredRolesConnections match this filter */
  none?: PersonAspiredRolesConnectionWhere | null | undefined;
  /** Return People where one of the related PersonAspiredRolesConnections match this filter */
  single?: PersonAspiredRolesConnectionWhere | null | undefined;
  /** Return People where some of the related PersonAspiredRolesConnections match this filter */
  some?: PersonAspiredRolesConnectionWhere | null | undefined;
};

export type PersonAspiredRolesConnectionWhere = {
  AND?: Array<PersonAspiredRolesConnectionWhere> | null | undefined;
  NOT?: PersonAspiredRolesConnectionWhere | null | undefined;
  OR?: Array<PersonAspiredRolesConnectionWhere> | null | undefined;
  node?: RoleWhere | null | undefined;
};

export type PersonAspiredRolesCreateFieldInput = {
  node: RoleCreateInput;
};

export type PersonAspiredRolesFieldInput = {
  connect?: Array<PersonAspiredRolesConnectFieldInput> | null | undefined;
  create?: Array<PersonAspiredRolesCreateFieldInput> | null | undefined;
};

export type PersonAspiredRolesNodeAggregationWhereInput = {
  AND?: Array<PersonAspiredRolesNodeAggregationWhereInput> | null | undefined;
  NOT?: PersonAspiredRolesNodeAggregationWhereInput | null | undefined;
  OR?: Array<PersonAspiredRolesNodeAggregationWhereInput> | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  escoCode?: StringScalarAggregationFilters | null | undefined;
  iscoGroup?: StringScalarAggregationFilters | null | undefined;
  jobZone?: IntScalarAggregationFilters | null | undefined;
  onetSocCode?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
};

export type PersonCompletedCoursesConnectFieldInput = {
  connect?: Array<CourseConnectInput> | null | undefined;
  edge: CompletionCreateInput;
  where?: CourseConnectWhere | null | undefined;
};

export type PersonCompletedCoursesConnectionAggregateInput = {
  AND?: Array<PersonCompletedCoursesConnectionAggregateInput> | null | undefined;
  NOT?: PersonCompletedCoursesConnectionAggregateInput | null | undefined;
  OR?: Array<PersonCompletedCoursesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: CompletionAggregationWhereInput | null | undefined;
  node?: PersonCompletedCoursesNodeAggregationWhereInput | null | undefined;
};

export type PersonCompletedCoursesConnectionFilters = {
  /** Filter People by aggregating results on related PersonCompletedCoursesConnections */
  aggregate?: PersonCompletedCoursesConnectionAggregateInput | null | undefined;
  /** Return People where all of the related PersonCompletedCoursesConnections match this filter */
  all?: PersonCompletedCoursesConnectionWhere | null | undefined;
  /** Return People where none of the related PersonCompletedCoursesConnections match this filter */
  none?: PersonCompletedCoursesConnectionWhere | null | undefined;
  /** Return People where one of the related PersonCompletedCoursesConnections match this filter */
  single?: PersonCompletedCoursesConnectionWhere | null | undefined;
  /** Return People where some of the related PersonCompletedCoursesConnections match this filter */
  some?: PersonCompletedCoursesConnectionWhere | null | undefined;
};

export type PersonCompletedCoursesConnectionWhere = {
  AND?: Array<PersonCompletedCoursesConnectionWhere> | null | undefined;
  NOT?: PersonCompletedCoursesConnectionWhere | null | undefined;
  OR?: Array<PersonCompletedCoursesConnectionWhere> | null | undefined;
  edge?: CompletionWhere | null | undefined;
  node?: CourseWhere | null | undefined;
};

export type PersonCompletedCoursesCreateFieldInput = {
  edge: CompletionCreateInput;
  node: CourseCreateInput;
};

export type PersonCompletedCoursesFieldInput = {
  connect?: Array<PersonCompletedCoursesConnectFieldInput> | null | undefined;
  create?: Array<PersonCompletedCoursesCreateFieldInput> | null | undefined;
};

export type PersonCompletedCoursesNodeAggregationWhereInput = {
  AND?: Array<PersonCompletedCoursesNodeAggregationWhereInput> | null | undefined;
  NOT?: PersonCompletedCoursesNodeAggregationWhereInput | null | undefined;
  OR?: Array<PersonCompletedCoursesNodeAggregationWhereInput> | null | undefined;
  cost?: FloatScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  durationMinutes?: IntScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
};

export type PersonConnectInput = {
  aspiredRoles?: Array<PersonAspiredRolesConnectFieldInput> | null | undefined;
  completedCourses?: Array<PersonCompletedCoursesConnectFieldInput> | null | undefined;
  credentials?: Array<PersonCredentialsConnectFieldInput> | null | undefined;
  pastRoles?: Array<PersonPastRolesConnectFieldInput> | null | undefined;
  skills?: Array<PersonSkillsConnectFieldInput> | null | undefined;
  teams?: Array<PersonTeamsConnectFieldInput> | null | undefined;
};

export type PersonConnectWhere = {
  node: PersonWhere;
};

export type PersonCreateInput = {
  aspiredRoles?: PersonAspiredRolesFieldInput | null | undefined;
  /** Allowed: a number from 0 to 1. */
  availability: number;
  completedCourses?: PersonCompletedCoursesFieldInput | null | undefined;
  credentials?: PersonCredentialsFieldInput | null | undefined;
  currentRole?: PersonCurrentRoleFieldInput | null | undefined;
  email: string;
  id: string;
  location?: string | null | undefined;
  name: string;
  orgUnit?: PersonOrgUnitFieldInput | null | undefined;
  pastRoles?: PersonPastRolesFieldInput | null | undefined;
  skills?: PersonSkillsFieldInput | null | undefined;
  teams?: PersonTeamsFieldInput | null | undefined;
};

export type PersonCredentialsConnectFieldInput = {
  connect?: Array<CredentialConnectInput> | null | undefined;
  edge: CredentialHoldingCreateInput;
  where?: CredentialConnectWhere | null | undefined;
};

export type PersonCredentialsConnectionAggregateInput = {
  AND?: Array<PersonCredentialsConnectionAggregateInput> | null | undefined;
  NOT?: PersonCredentialsConnectionAggregateInput | null | undefined;
  OR?: Array<PersonCredentialsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: CredentialHoldingAggregationWhereInput | null | undefined;
  node?: PersonCredentialsNodeAggregationWhereInput | null | undefined;
};

export type PersonCredentialsConnectionFilters = {
  /** Filter People by aggregating results on related PersonCredentialsConnections */
  aggregate?: PersonCredentialsConnectionAggregateInput | null | undefined;
  /** Return People where all of the related PersonCredentialsConnections match this filter */
  all?: PersonCredentialsConnectionWhere | null | undefined;
  /** Return People where none of the related PersonCredentialsConnections match this filter */
  none?: PersonCredentialsConnectionWhere | null | undefined;
  /** Return People where one of the related PersonCredentialsConnections match this filter */
  single?: PersonCredentialsConnectionWhere | null | undefined;
  /** Return People where some of the related PersonCredentialsConnections match this filter */
  some?: PersonCredentialsConnectionWhere | null | undefined;
};

export type PersonCredentialsConnectionWhere = {
  AND?: Array<PersonCredentialsConnectionWhere> | null | undefined;
  NOT?: PersonCredentialsConnectionWhere | null | undefined;
  OR?: Array<PersonCredentialsConnectionWhere> | null | undefined;
  edge?: CredentialHoldingWhere | null | undefined;
  node?: CredentialWhere | null | undefined;
};

export type PersonCredentialsCreateFieldInput = {
  edge: CredentialHoldingCreateInput;
  node: CredentialCreateInput;
};

export type PersonCredentialsFieldInput = {
  connect?: Array<PersonCredentialsConnectFieldInput> | null | undefined;
  create?: Array<PersonCredentialsCreateFieldInput> | null | undefined;
};

export type PersonCredentialsNodeAggregationWhereInput = {
  AND?: Array<PersonCredentialsNodeAggregationWhereInput> | null | undefined;
  NOT?: PersonCredentialsNodeAggregationWhereInput | null | undefined;
  OR?: Array<PersonCredentialsNodeAggregationWhereInput> | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  ects?: FloatScalarAggregationFilters | null | undefined;
  eqfLevel?: IntScalarAggregationFilters | null | undefined;
  gradingScheme?: StringScalarAggregationFilters | null | undefined;
  identityVerification?: StringScalarAggregationFilters | null | undefined;
  qualityAssurance?: StringScalarAggregationFilters | null | undefined;
  requiredParts?: IntScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  validityMonths?: IntScalarAggregationFilters | null | undefined;
  workloadHours?: FloatScalarAggregationFilters | null | undefined;
};

export type PersonCurrentRoleConnectionWhere = {
  AND?: Array<PersonCurrentRoleConnectionWhere> | null | undefined;
  NOT?: PersonCurrentRoleConnectionWhere | null | undefined;
  OR?: Array<PersonCurrentRoleConnectionWhere> | null | undefined;
  edge?: RoleTenureWhere | null | undefined;
  node?: RoleWhere | null | undefined;
};

export type PersonCurrentRoleCreateFieldInput = {
  edge: RoleTenureCreateInput;
  node: RoleCreateInput;
};

export type PersonCurrentRoleFieldInput = {
  create?: PersonCurrentRoleCreateFieldInput | null | undefined;
};

export type PersonOrgUnitConnectionWhere = {
  AND?: Array<PersonOrgUnitConnectionWhere> | null | undefined;
  NOT?: PersonOrgUnitConnectionWhere | null | undefined;
  OR?: Array<PersonOrgUnitConnectionWhere> | null | undefined;
  node?: OrgUnitWhere | null | undefined;
};

export type PersonOrgUnitCreateFieldInput = {
  node: OrgUnitCreateInput;
};

export type PersonOrgUnitFieldInput = {
  create?: PersonOrgUnitCreateFieldInput | null | undefined;
};

export type PersonPastRolesConnectFieldInput = {
  connect?: Array<RoleConnectInput> | null | undefined;
  edge: PastTenureCreateInput;
  where?: RoleConnectWhere | null | undefined;
};

export type PersonPastRolesConnectionAggregateInput = {
  AND?: Array<PersonPastRolesConnectionAggregateInput> | null | undefined;
  NOT?: PersonPastRolesConnectionAggregateInput | null | undefined;
  OR?: Array<PersonPastRolesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: PersonPastRolesNodeAggregationWhereInput | null | undefined;
};

export type PersonPastRolesConnectionFilters = {
  /** Filter People by aggregating results on related PersonPastRolesConnections */
  aggregate?: PersonPastRolesConnectionAggregateInput | null | undefined;
  /** Return People where all of the related PersonPastRolesConnections match this filter */
  all?: PersonPastRolesConnectionWhere | null | undefined;
  /** Return People where none of the related PersonPastRolesConnections match this filter */
  none?: PersonPastRolesConnectionWhere | null | undefined;
  /** Return People where one of the related PersonPastRolesConnections match this filter */
  single?: PersonPastRolesConnectionWhere | null | undefined;
  /** Return People where some of the related PersonPastRolesConnections match this filter */
  some?: PersonPastRolesConnectionWhere | null | undefined;
};

export type PersonPastRolesConnectionWhere = {
  AND?: Array<PersonPastRolesConnectionWhere> | null | undefined;
  NOT?: PersonPastRolesConnectionWhere | null | undefined;
  OR?: Array<PersonPastRolesConnectionWhere> | null | undefined;
  edge?: PastTenureWhere | null | undefined;
  node?: RoleWhere | null | undefined;
};

export type PersonPastRolesCreateFieldInput = {
  edge: PastTenureCreateInput;
  node: RoleCreateInput;
};

export type PersonPastRolesFieldInput = {
  connect?: Array<PersonPastRolesConnectFieldInput> | null | undefined;
  create?: Array<PersonPastRolesCreateFieldInput> | null | undefined;
};

export type PersonPastRolesNodeAggregationWhereInput = {
  AND?: Array<PersonPastRolesNodeAggregationWhereInput> | null | undefined;
  NOT?: PersonPastRolesNodeAggregationWhereInput | null | undefined;
  OR?: Array<PersonPastRolesNodeAggregationWhereInput> | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  escoCode?: StringScalarAggregationFilters | null | undefined;
  iscoGroup?: StringScalarAggregationFilters | null | undefined;
  jobZone?: IntScalarAggregationFilters | null | undefined;
  onetSocCode?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
};

export type PersonRelationshipFilters = {
  /** Filter type where all of the related People match this filter */
  all?: PersonWhere | null | undefined;
  /** Filter type where none of the related People match this filter */
  none?: PersonWhere | null | undefined;
  /** Filter type where one of the related People match this filter */
  single?: PersonWhere | null | undefined;
  /** Filter type where some of the related People match this filter */
  some?: PersonWhere | null | undefined;
};

export type PersonSkillsConnectFieldInput = {
  connect?: Array<SkillConnectInput> | null | undefined;
  edge: SkillEvidenceCreateInput;
  where?: SkillConnectWhere | null | undefined;
};

export type PersonSkillsConnectionAggregateInput = {
  AND?: Array<PersonSkillsConnectionAggregateInput> | null | undefined;
  NOT?: PersonSkillsConnectionAggregateInput | null | undefined;
  OR?: Array<PersonSkillsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: SkillEvidenceAggregationWhereInput | null | undefined;
  node?: PersonSkillsNodeAggregationWhereInput | null | undefined;
};

export type PersonSkillsConnectionFilters = {
  /** Filter People by aggregating results on related PersonSkillsConnections */
  aggregate?: PersonSkillsConnectionAggregateInput | null | undefined;
  /** Return People where all of the related PersonSkillsConnections match this filter */
  all?: PersonSkillsConnectionWhere | null | undefined;
  /** Return People where none of the related PersonSkillsConnections match this filter */
  none?: PersonSkillsConnectionWhere | null | undefined;
  /** Return People where one of the related PersonSkillsConnections match this filter */
  single?: PersonSkillsConnectionWhere | null | undefined;
  /** Return People where some of the related PersonSkillsConnections match this filter */
  some?: PersonSkillsConnectionWhere | null | undefined;
};

export type PersonSkillsConnectionWhere = {
  AND?: Array<PersonSkillsConnectionWhere> | null | undefined;
  NOT?: PersonSkillsConnectionWhere | null | undefined;
  OR?: Array<PersonSkillsConnectionWhere> | null | undefined;
  edge?: SkillEvidenceWhere | null | undefined;
  node?: SkillWhere | null | undefined;
};

export type PersonSkillsCreateFieldInput = {
  edge: SkillEvidenceCreateInput;
  node: SkillCreateInput;
};

export type PersonSkillsFieldInput = {
  connect?: Array<PersonSkillsConnectFieldInput> | null | undefined;
  create?: Array<PersonSkillsCreateFieldInput> | null | undefined;
};

export type PersonSkillsNodeAggregationWhereInput = {
  AND?: Array<PersonSkillsNodeAggregationWhereInput> | null | undefined;
  NOT?: PersonSkillsNodeAggregationWhereInput | null | undefined;
  OR?: Array<PersonSkillsNodeAggregationWhereInput> | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type PersonTeamsConnectFieldInput = {
  connect?: Array<TeamConnectInput> | null | undefined;
  edge: TeamMembershipCreateInput;
  where?: TeamConnectWhere | null | undefined;
};

export type PersonTeamsConnectionAggregateInput = {
  AND?: Array<PersonTeamsConnectionAggregateInput> | null | undefined;
  NOT?: PersonTeamsConnectionAggregateInput | null | undefined;
  OR?: Array<PersonTeamsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: TeamMembershipAggregationWhereInput | null | undefined;
  node?: PersonTeamsNodeAggregationWhereInput | null | undefined;
};

export type PersonTeamsConnectionFilters = {
  /** Filter People by aggregating results on related PersonTeamsConnections */
  aggregate?: PersonTeamsConnectionAggregateInput | null | undefined;
  /** Return People where all of the related PersonTeamsConnections match this filter */
  all?: PersonTeamsConnectionWhere | null | undefined;
  /** Return People where none of the related PersonTeamsConnections match this filter */
  none?: PersonTeamsConnectionWhere | null | undefined;
  /** Return People where one of the related PersonTeamsConnections match this filter */
  single?: PersonTeamsConnectionWhere | null | undefined;
  /** Return People where some of the related PersonTeamsConnections match this filter */
  some?: PersonTeamsConnectionWhere | null | undefined;
};

export type PersonTeamsConnectionWhere = {
  AND?: Array<PersonTeamsConnectionWhere> | null | undefined;
  NOT?: PersonTeamsConnectionWhere | null | undefined;
  OR?: Array<PersonTeamsConnectionWhere> | null | undefined;
  edge?: TeamMembershipWhere | null | undefined;
  node?: TeamWhere | null | undefined;
};

export type PersonTeamsCreateFieldInput = {
  edge: TeamMembershipCreateInput;
  node: TeamCreateInput;
};

export type PersonTeamsFieldInput = {
  connect?: Array<PersonTeamsConnectFieldInput> | null | undefined;
  create?: Array<PersonTeamsCreateFieldInput> | null | undefined;
};

export type PersonTeamsNodeAggregationWhereInput = {
  AND?: Array<PersonTeamsNodeAggregationWhereInput> | null | undefined;
  NOT?: PersonTeamsNodeAggregationWhereInput | null | undefined;
  OR?: Array<PersonTeamsNodeAggregationWhereInput> | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type PersonWhere = {
  AND?: Array<PersonWhere> | null | undefined;
  NOT?: PersonWhere | null | undefined;
  OR?: Array<PersonWhere> | null | undefined;
  aspiredRoles?: RoleRelationshipFilters | null | undefined;
  aspiredRolesConnection?: PersonAspiredRolesConnectionFilters | null | undefined;
  availability?: FloatScalarFilters | null | undefined;
  completedCourses?: CourseRelationshipFilters | null | undefined;
  completedCoursesConnection?: PersonCompletedCoursesConnectionFilters | null | undefined;
  contactEmail?: EmailAddressScalarFilters | null | undefined;
  credentials?: CredentialRelationshipFilters | null | undefined;
  credentialsConnection?: PersonCredentialsConnectionFilters | null | undefined;
  currentRole?: RoleWhere | null | undefined;
  currentRoleConnection?: PersonCurrentRoleConnectionWhere | null | undefined;
  email?: EmailAddressScalarFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  location?: StringScalarFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  orgUnit?: OrgUnitWhere | null | undefined;
  orgUnitConnection?: PersonOrgUnitConnectionWhere | null | undefined;
  pastRoles?: RoleRelationshipFilters | null | undefined;
  pastRolesConnection?: PersonPastRolesConnectionFilters | null | undefined;
  skills?: SkillRelationshipFilters | null | undefined;
  skillsConnection?: PersonSkillsConnectionFilters | null | undefined;
  teams?: TeamRelationshipFilters | null | undefined;
  teamsConnection?: PersonTeamsConnectionFilters | null | undefined;
};

export type PlanObjective =
  /** Least total course cost (ties: fewest minutes). */
  | 'COST'
  /** Least total course minutes (ties: least cost). */
  | 'MINUTES';

/** Which solver produced a plan: EXACT (branch and bound, proven optimal) or GREEDY (heuristic). */
export type PlanSolver =
  | 'EXACT'
  | 'GREEDY';

export type PositionAggregationWhereInput = {
  AND?: Array<PositionAggregationWhereInput> | null | undefined;
  NOT?: PositionAggregationWhereInput | null | undefined;
  OR?: Array<PositionAggregationWhereInput> | null | undefined;
  headcount?: IntScalarAggregationFilters | null | undefined;
  openings?: IntScalarAggregationFilters | null | undefined;
};

export type PositionCreateInput = {
  /** Allowed: a whole number of 0 or more. */
  headcount: number;
  /** Allowed: a whole number of 0 or more. */
  openings: number;
};

export type PositionWhere = {
  AND?: Array<PositionWhere> | null | undefined;
  NOT?: PositionWhere | null | undefined;
  OR?: Array<PositionWhere> | null | undefined;
  headcount?: IntScalarFilters | null | undefined;
  openings?: IntScalarFilters | null | undefined;
};

export type RecipientKind =
  | 'EMAIL'
  | 'EXTERNAL_ID'
  /** Issued with issueCredential to one of your learners, by person id. */
  | 'PERSON_ID';

export type RequirementAggregationWhereInput = {
  AND?: Array<RequirementAggregationWhereInput> | null | undefined;
  NOT?: RequirementAggregationWhereInput | null | undefined;
  OR?: Array<RequirementAggregationWhereInput> | null | undefined;
  level?: IntScalarAggregationFilters | null | undefined;
  onetImportance?: FloatScalarAggregationFilters | null | undefined;
  onetLevel?: FloatScalarAggregationFilters | null | undefined;
};

export type RequirementCreateInput = {
  examples?: Array<string> | null | undefined;
  hotTechnology?: boolean | null | undefined;
  importance: Importance;
  inDemand?: boolean | null | undefined;
  /** Allowed: a whole number from 1 to 5. */
  level: number;
  /** Allowed: a number from 1 to 5. */
  onetImportance?: number | null | undefined;
  /** Allowed: a number from 0 to 7. */
  onetLevel?: number | null | undefined;
};

export type RequirementWhere = {
  AND?: Array<RequirementWhere> | null | undefined;
  NOT?: RequirementWhere | null | undefined;
  OR?: Array<RequirementWhere> | null | undefined;
  examples?: StringListFilters | null | undefined;
  hotTechnology?: BooleanScalarFilters | null | undefined;
  importance?: ImportanceEnumScalarFilters | null | undefined;
  inDemand?: BooleanScalarFilters | null | undefined;
  level?: IntScalarFilters | null | undefined;
  onetImportance?: FloatScalarFilters | null | undefined;
  onetLevel?: FloatScalarFilters | null | undefined;
};

/** ESCO reuse level: how widely a skill applies. */
export type ReuseLevel =
  | 'CROSS_SECTOR'
  | 'OCCUPATION_SPECIFIC'
  | 'SECTOR_SPECIFIC'
  | 'TRANSVERSAL';

/** ReuseLevel filters */
export type ReuseLevelEnumScalarFilters = {
  eq?: ReuseLevel | null | undefined;
  in?: Array<ReuseLevel> | null | undefined;
};

export type RoleAspiredByConnectFieldInput = {
  connect?: Array<PersonConnectInput> | null | undefined;
  where?: PersonConnectWhere | null | undefined;
};

export type RoleAspiredByConnectionAggregateInput = {
  AND?: Array<RoleAspiredByConnectionAggregateInput> | null | undefined;
  NOT?: RoleAspiredByConnectionAggregateInput | null | undefined;
  OR?: Array<RoleAspiredByConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: RoleAspiredByNodeAggregationWhereInput | null | undefined;
};

export type RoleAspiredByConnectionFilters = {
  /** Filter Roles by aggregating results on related RoleAspiredByConnections */
  aggregate?: RoleAspiredByConnectionAggregateInput | null | undefined;
  /** Return Roles where all of the related RoleAspiredByConnections match this filter */
  all?: RoleAspiredByConnectionWhere | null | undefined;
  /** Return Roles where none of the related RoleAspiredByConnections match this filter */
  none?: RoleAspiredByConnectionWhere | null | undefined;
  /** Return Roles where one of the related RoleAspiredByConnections match this filter */
  single?: RoleAspiredByConnectionWhere | null | undefined;
  /** Return Roles where some of the related RoleAspiredByConnections match this filter */
  some?: RoleAspiredByConnectionWhere | null | undefined;
};

export type RoleAspiredByConnectionWhere = {
  AND?: Array<RoleAspiredByConnectionWhere> | null | undefined;
  NOT?: RoleAspiredByConnectionWhere | null | undefined;
  OR?: Array<RoleAspiredByConnectionWhere> | null | undefined;
  node?: PersonWhere | null | undefined;
};

export type RoleAspiredByCreateFieldInput = {
  node: PersonCreateInput;
};

export type RoleAspiredByFieldInput = {
  connect?: Array<RoleAspiredByConnectFieldInput> | null | undefined;
  create?: Array<RoleAspiredByCreateFieldInput> | null | undefined;
};

export type RoleAspiredByNodeAggregationWhereInput = {
  AND?: Array<RoleAspiredByNodeAggregationWhereInput> | null | undefined;
  NOT?: RoleAspiredByNodeAggregationWhereInput | null | undefined;
  OR?: Array<RoleAspiredByNodeAggregationWhereInput> | null | undefined;
  availability?: FloatScalarAggregationFilters | null | undefined;
  location?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type RoleBroaderGroupsConnectFieldInput = {
  connect?: Array<OccupationGroupConnectInput> | null | undefined;
  where?: OccupationGroupConnectWhere | null | undefined;
};

export type RoleBroaderGroupsConnectionAggregateInput = {
  AND?: Array<RoleBroaderGroupsConnectionAggregateInput> | null | undefined;
  NOT?: RoleBroaderGroupsConnectionAggregateInput | null | undefined;
  OR?: Array<RoleBroaderGroupsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: RoleBroaderGroupsNodeAggregationWhereInput | null | undefined;
};

export type RoleBroaderGroupsConnectionFilters = {
  /** Filter Roles by aggregating results on related RoleBroaderGroupsConnections */
  aggregate?: RoleBroaderGroupsConnectionAggregateInput | null | undefined;
  /** Return Roles where all of the related RoleBroaderGroupsConnections match this filter */
  all?: RoleBroaderGroupsConnectionWhere | null | undefined;
  /** Return Roles where none of the related RoleBroaderGroupsConnections match this filter */
  none?: RoleBroaderGroupsConnectionWhere | null | undefined;
  /** Return Roles where one of the related RoleBroaderGroupsConnections match this filter */
  single?: RoleBroaderGroupsConnectionWhere | null | undefined;
  /** Return Roles where some of the related RoleBroaderGroupsConnections match this filter */
  some?: RoleBroaderGroupsConnectionWhere | null | undefined;
};

export type RoleBroaderGroupsConnectionWhere = {
  AND?: Array<RoleBroaderGroupsConnectionWhere> | null | undefined;
  NOT?: RoleBroaderGroupsConnectionWhere | null | undefined;
  OR?: Array<RoleBroaderGroupsConnectionWhere> | null | undefined;
  node?: OccupationGroupWhere | null | undefined;
};

export type RoleBroaderGroupsCreateFieldInput = {
  node: OccupationGroupCreateInput;
};

export type RoleBroaderGroupsFieldInput = {
  connect?: Array<RoleBroaderGroupsConnectFieldInput> | null | undefined;
  create?: Array<RoleBroaderGroupsCreateFieldInput> | null | undefined;
};

export type RoleBroaderGroupsNodeAggregationWhereInput = {
  AND?: Array<RoleBroaderGroupsNodeAggregationWhereInput> | null | undefined;
  NOT?: RoleBroaderGroupsNodeAggregationWhereInput | null | undefined;
  OR?: Array<RoleBroaderGroupsNodeAggregationWhereInput> | null | undefined;
  code?: StringScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
};

export type RoleBroaderRolesConnectFieldInput = {
  connect?: Array<RoleConnectInput> | null | undefined;
  where?: RoleConnectWhere | null | undefined;
};

export type RoleBroaderRolesConnectionAggregateInput = {
  AND?: Array<RoleBroaderRolesConnectionAggregateInput> | null | undefined;
  NOT?: RoleBroaderRolesConnectionAggregateInput | null | undefined;
  OR?: Array<RoleBroaderRolesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: RoleBroaderRolesNodeAggregationWhereInput | null | undefined;
};

export type RoleBroaderRolesConnectionFilters = {
  /** Filter Roles by aggregating results on related RoleBroaderRolesConnections */
  aggregate?: RoleBroaderRolesConnectionAggregateInput | null | undefined;
  /** Return Roles where all of the related RoleBroaderRolesConnections match this filter */
  all?: RoleBroaderRolesConnectionWhere | null | undefined;
  /** Return Roles where none of the related RoleBroaderRolesConnections match this filter */
  none?: RoleBroaderRolesConnectionWhere | null | undefined;
  /** Return Roles where one of the related RoleBroaderRolesConnections match this filter */
  single?: RoleBroaderRolesConnectionWhere | null | undefined;
  /** Return Roles where some of the related RoleBroaderRolesConnections match this filter */
  some?: RoleBroaderRolesConnectionWhere | null | undefined;
};

export type RoleBroaderRolesConnectionWhere = {
  AND?: Array<RoleBroaderRolesConnectionWhere> | null | undefined;
  NOT?: RoleBroaderRolesConnectionWhere | null | undefined;
  OR?: Array<RoleBroaderRolesConnectionWhere> | null | undefined;
  node?: RoleWhere | null | undefined;
};

export type RoleBroaderRolesCreateFieldInput = {
  node: RoleCreateInput;
};

export type RoleBroaderRolesFieldInput = {
  connect?: Array<RoleBroaderRolesConnectFieldInput> | null | undefined;
  create?: Array<RoleBroaderRolesCreateFieldInput> | null | undefined;
};

export type RoleBroaderRolesNodeAggregationWhereInput = {
  AND?: Array<RoleBroaderRolesNodeAggregationWhereInput> | null | undefined;
  NOT?: RoleBroaderRolesNodeAggregationWhereInput | null | undefined;
  OR?: Array<RoleBroaderRolesNodeAggregationWhereInput> | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  escoCode?: StringScalarAggregationFilters | null | undefined;
  iscoGroup?: StringScalarAggregationFilters | null | undefined;
  jobZone?: IntScalarAggregationFilters | null | undefined;
  onetSocCode?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
};

export type RoleConnectInput = {
  aspiredBy?: Array<RoleAspiredByConnectFieldInput> | null | undefined;
  broaderGroups?: Array<RoleBroaderGroupsConnectFieldInput> | null | undefined;
  broaderRoles?: Array<RoleBroaderRolesConnectFieldInput> | null | undefined;
  equivalentOf?: Array<RoleEquivalentOfConnectFieldInput> | null | undefined;
  equivalentRoles?: Array<RoleEquivalentRolesConnectFieldInput> | null | undefined;
  holders?: Array<RoleHoldersConnectFieldInput> | null | undefined;
  narrowerRoles?: Array<RoleNarrowerRolesConnectFieldInput> | null | undefined;
  pastHolders?: Array<RolePastHoldersConnectFieldInput> | null | undefined;
  requires?: Array<RoleRequiresConnectFieldInput> | null | undefined;
  staffedIn?: Array<RoleStaffedInConnectFieldInput> | null | undefined;
};

export type RoleConnectWhere = {
  node: RoleWhere;
};

export type RoleCreateInput = {
  altTitles?: Array<string>;
  aspiredBy?: RoleAspiredByFieldInput | null | undefined;
  broaderGroups?: RoleBroaderGroupsFieldInput | null | undefined;
  broaderRoles?: RoleBroaderRolesFieldInput | null | undefined;
  description?: string | null | undefined;
  equivalentOf?: RoleEquivalentOfFieldInput | null | undefined;
  equivalentRoles?: RoleEquivalentRolesFieldInput | null | undefined;
  escoCode?: string | null | undefined;
  holders?: RoleHoldersFieldInput | null | undefined;
  id: string;
  iscoGroup?: string | null | undefined;
  /** Allowed: a whole number from 1 to 5. */
  jobZone?: number | null | undefined;
  narrowerRoles?: RoleNarrowerRolesFieldInput | null | undefined;
  onetSocCode?: string | null | undefined;
  pastHolders?: RolePastHoldersFieldInput | null | undefined;
  requires?: RoleRequiresFieldInput | null | undefined;
  staffedIn?: RoleStaffedInFieldInput | null | undefined;
  tags?: Array<string>;
  taxonomy: Taxonomy;
  title: string;
  uri?: string | null | undefined;
};

export type RoleEquivalentOfConnectFieldInput = {
  connect?: Array<RoleConnectInput> | null | undefined;
  edge: CrosswalkCreateInput;
  where?: RoleConnectWhere | null | undefined;
};

export type RoleEquivalentOfConnectionAggregateInput = {
  AND?: Array<RoleEquivalentOfConnectionAggregateInput> | null | undefined;
  NOT?: RoleEquivalentOfConnectionAggregateInput | null | undefined;
  OR?: Array<RoleEquivalentOfConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: CrosswalkAggregationWhereInput | null | undefined;
  node?: RoleEquivalentOfNodeAggregationWhereInput | null | undefined;
};

export type RoleEquivalentOfConnectionFilters = {
  /** Filter Roles by aggregating results on related RoleEquivalentOfConnections */
  aggregate?: RoleEquivalentOfConnectionAggregateInput | null | undefined;
  /** Return Roles where all of the related RoleEquivalentOfConnections match this filter */
  all?: RoleEquivalentOfConnectionWhere | null | undefined;
  /** Return Roles where none of the related RoleEquivalentOfConnections match this filter */
  none?: RoleEquivalentOfConnectionWhere | null | undefined;
  /** Return Roles where one of the related RoleEquivalentOfConnections match this filter */
  single?: RoleEquivalentOfConnectionWhere | null | undefined;
  /** Return Roles where some of the related RoleEquivalentOfConnections match this filter */
  some?: RoleEquivalentOfConnectionWhere | null | undefined;
};

export type RoleEquivalentOfConnectionWhere = {
  AND?: Array<RoleEquivalentOfConnectionWhere> | null | undefined;
  NOT?: RoleEquivalentOfConnectionWhere | null | undefined;
  OR?: Array<RoleEquivalentOfConnectionWhere> | null | undefined;
  edge?: CrosswalkWhere | null | undefined;
  node?: RoleWhere | null | undefined;
};

export type RoleEquivalentOfCreateFieldInput = {
  edge: CrosswalkCreateInput;
  node: RoleCreateInput;
};

export type RoleEquivalentOfFieldInput = {
  connect?: Array<RoleEquivalentOfConnectFieldInput> | null | undefined;
  create?: Array<RoleEquivalentOfCreateFieldInput> | null | undefined;
};

export type RoleEquivalentOfNodeAggregationWhereInput = {
  AND?: Array<RoleEquivalentOfNodeAggregationWhereInput> | null | undefined;
  NOT?: RoleEquivalentOfNodeAggregationWhereInput | null | undefined;
  OR?: Array<RoleEquivalentOfNodeAggregationWhereInput> | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  escoCode?: StringScalarAggregationFilters | null | undefined;
  iscoGroup?: StringScalarAggregationFilters | null | undefined;
  jobZone?: IntScalarAggregationFilters | null | undefined;
  onetSocCode?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
};

export type RoleEquivalentRolesConnectFieldInput = {
  connect?: Array<RoleConnectInput> | null | undefined;
  edge: CrosswalkCreateInput;
  where?: RoleConnectWhere | null | undefined;
};

export type RoleEquivalentRolesConnectionAggregateInput = {
  AND?: Array<RoleEquivalentRolesConnectionAggregateInput> | null | undefined;
  NOT?: RoleEquivalentRolesConnectionAggregateInput | null | undefined;
  OR?: Array<RoleEquivalentRolesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: CrosswalkAggregationWhereInput | null | undefined;
  node?: RoleEquivalentRolesNodeAggregationWhereInput | null | undefined;
};

export type RoleEquivalentRolesConnectionFilters = {
  /** Filter Roles by aggregating results on related RoleEquivalentRolesConnections */
  aggregate?: RoleEquivalentRolesConnectionAggregateInput | null | undefined;
  /** Return Roles where all of the related RoleEquivalentRolesConnections match this filter */
  all?: RoleEquivalentRolesConnectionWhere | null | undefined;
  /** Return Roles where none of the related RoleEquivalentRolesConnections match this filter */
  none?: RoleEquivalentRolesConnectionWhere | null | undefined;
  /** Return Roles where one of the related RoleEquivalentRolesConnections match this filter */
  single?: RoleEquivalentRolesConnectionWhere | null | undefined;
  /** Return Roles where some of the related RoleEquivalentRolesConnections match this filter */
  some?: RoleEquivalentRolesConnectionWhere | null | undefined;
};

export type RoleEquivalentRolesConnectionWhere = {
  AND?: Array<RoleEquivalentRolesConnectionWhere> | null | undefined;
  NOT?: RoleEquivalentRolesConnectionWhere | null | undefined;
  OR?: Array<RoleEquivalentRolesConnectionWhere> | null | undefined;
  edge?: CrosswalkWhere | null | undefined;
  node?: RoleWhere | null | undefined;
};

export type RoleEquivalentRolesCreateFieldInput = {
  edge: CrosswalkCreateInput;
  node: RoleCreateInput;
};

export type RoleEquivalentRolesFieldInput = {
  connect?: Array<RoleEquivalentRolesConnectFieldInput> | null | undefined;
  create?: Array<RoleEquivalentRolesCreateFieldInput> | null | undefined;
};

export type RoleEquivalentRolesNodeAggregationWhereInput = {
  AND?: Array<RoleEquivalentRolesNodeAggregationWhereInput> | null | undefined;
  NOT?: RoleEquivalentRolesNodeAggregationWhereInput | null | undefined;
  OR?: Array<RoleEquivalentRolesNodeAggregationWhereInput> | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  escoCode?: StringScalarAggregationFilters | null | undefined;
  iscoGroup?: StringScalarAggregationFilters | null | undefined;
  jobZone?: IntScalarAggregationFilters | null | undefined;
  onetSocCode?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
};

export type RoleHoldersConnectFieldInput = {
  connect?: Array<PersonConnectInput> | null | undefined;
  edge: RoleTenureCreateInput;
  where?: PersonConnectWhere | null | undefined;
};

export type RoleHoldersConnectionAggregateInput = {
  AND?: Array<RoleHoldersConnectionAggregateInput> | null | undefined;
  NOT?: RoleHoldersConnectionAggregateInput | null | undefined;
  OR?: Array<RoleHoldersConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: RoleHoldersNodeAggregationWhereInput | null | undefined;
};

export type RoleHoldersConnectionFilters = {
  /** Filter Roles by aggregating results on related RoleHoldersConnections */
  aggregate?: RoleHoldersConnectionAggregateInput | null | undefined;
  /** Return Roles where all of the related RoleHoldersConnections match this filter */
  all?: RoleHoldersConnectionWhere | null | undefined;
  /** Return Roles where none of the related RoleHoldersConnections match this filter */
  none?: RoleHoldersConnectionWhere | null | undefined;
  /** Return Roles where one of the related RoleHoldersConnections match this filter */
  single?: RoleHoldersConnectionWhere | null | undefined;
  /** Return Roles where some of the related RoleHoldersConnections match this filter */
  some?: RoleHoldersConnectionWhere | null | undefined;
};

export type RoleHoldersConnectionWhere = {
  AND?: Array<RoleHoldersConnectionWhere> | null | undefined;
  NOT?: RoleHoldersConnectionWhere | null | undefined;
  OR?: Array<RoleHoldersConnectionWhere> | null | undefined;
  edge?: RoleTenureWhere | null | undefined;
  node?: PersonWhere | null | undefined;
};

export type RoleHoldersCreateFieldInput = {
  edge: RoleTenureCreateInput;
  node: PersonCreateInput;
};

export type RoleHoldersFieldInput = {
  connect?: Array<RoleHoldersConnectFieldInput> | null | undefined;
  create?: Array<RoleHoldersCreateFieldInput> | null | undefined;
};

export type RoleHoldersNodeAggregationWhereInput = {
  AND?: Array<RoleHoldersNodeAggregationWhereInput> | null | undefined;
  NOT?: RoleHoldersNodeAggregationWhereInput | null | undefined;
  OR?: Array<RoleHoldersNodeAggregationWhereInput> | null | undefined;
  availability?: FloatScalarAggregationFilters | null | undefined;
  location?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type RoleNarrowerRolesConnectFieldInput = {
  connect?: Array<RoleConnectInput> | null | undefined;
  where?: RoleConnectWhere | null | undefined;
};

export type RoleNarrowerRolesConnectionAggregateInput = {
  AND?: Array<RoleNarrowerRolesConnectionAggregateInput> | null | undefined;
  NOT?: RoleNarrowerRolesConnectionAggregateInput | null | undefined;
  OR?: Array<RoleNarrowerRolesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: RoleNarrowerRolesNodeAggregationWhereInput | null | undefined;
};

export type RoleNarrowerRolesConnectionFilters = {
  /** Filter Roles by aggregating results on related RoleNarrowerRolesConnections */
  aggregate?: RoleNarrowerRolesConnectionAggregateInput | null | undefined;
  /** Return Roles where all of the related RoleNarrowerRolesConnections match this filter */
  all?: RoleNarrowerRolesConnectionWhere | null | undefined;
  /** Return Roles where none of the related RoleNarrowerRolesConnections match this filter */
  none?: RoleNarrowerRolesConnectionWhere | null | undefined;
  /** Return Roles where one of the related RoleNarrowerRolesConnections match this filter */
  single?: RoleNarrowerRolesConnectionWhere | null | undefined;
  /** Return Roles where some of the related RoleNarrowerRolesConnections match this filter */
  some?: RoleNarrowerRolesConnectionWhere | null | undefined;
};

export type RoleNarrowerRolesConnectionWhere = {
  AND?: Array<RoleNarrowerRolesConnectionWhere> | null | undefined;
  NOT?: RoleNarrowerRolesConnectionWhere | null | undefined;
  OR?: Array<RoleNarrowerRolesConnectionWhere> | null | undefined;
  node?: RoleWhere | null | undefined;
};

export type RoleNarrowerRolesCreateFieldInput = {
  node: RoleCreateInput;
};

export type RoleNarrowerRolesFieldInput = {
  connect?: Array<RoleNarrowerRolesConnectFieldInput> | null | undefined;
  create?: Array<RoleNarrowerRolesCreateFieldInput> | null | undefined;
};

export type RoleNarrowerRolesNodeAggregationWhereInput = {
  AND?: Array<RoleNarrowerRolesNodeAggregationWhereInput> | null | undefined;
  NOT?: RoleNarrowerRolesNodeAggregationWhereInput | null | undefined;
  OR?: Array<RoleNarrowerRolesNodeAggregationWhereInput> | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  escoCode?: StringScalarAggregationFilters | null | undefined;
  iscoGroup?: StringScalarAggregationFilters | null | undefined;
  jobZone?: IntScalarAggregationFilters | null | undefined;
  onetSocCode?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
};

export type RolePastHoldersConnectFieldInput = {
  connect?: Array<PersonConnectInput> | null | undefined;
  edge: PastTenureCreateInput;
  where?: PersonConnectWhere | null | undefined;
};

export type RolePastHoldersConnectionAggregateInput = {
  AND?: Array<RolePastHoldersConnectionAggregateInput> | null | undefined;
  NOT?: RolePastHoldersConnectionAggregateInput | null | undefined;
  OR?: Array<RolePastHoldersConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: RolePastHoldersNodeAggregationWhereInput | null | undefined;
};

export type RolePastHoldersConnectionFilters = {
  /** Filter Roles by aggregating results on related RolePastHoldersConnections */
  aggregate?: RolePastHoldersConnectionAggregateInput | null | undefined;
  /** Return Roles where all of the related RolePastHoldersConnections match this filter */
  all?: RolePastHoldersConnectionWhere | null | undefined;
  /** Return Roles where none of the related RolePastHoldersConnections match this filter */
  none?: RolePastHoldersConnectionWhere | null | undefined;
  /** Return Roles where one of the related RolePastHoldersConnections match this filter */
  single?: RolePastHoldersConnectionWhere | null | undefined;
  /** Return Roles where some of the related RolePastHoldersConnections match this filter */
  some?: RolePastHoldersConnectionWhere | null | undefined;
};

export type RolePastHoldersConnectionWhere = {
  AND?: Array<RolePastHoldersConnectionWhere> | null | undefined;
  NOT?: RolePastHoldersConnectionWhere | null | undefined;
  OR?: Array<RolePastHoldersConnectionWhere> | null | undefined;
  edge?: PastTenureWhere | null | undefined;
  node?: PersonWhere | null | undefined;
};

export type RolePastHoldersCreateFieldInput = {
  edge: PastTenureCreateInput;
  node: PersonCreateInput;
};

export type RolePastHoldersFieldInput = {
  connect?: Array<RolePastHoldersConnectFieldInput> | null | undefined;
  create?: Array<RolePastHoldersCreateFieldInput> | null | undefined;
};

export type RolePastHoldersNodeAggregationWhereInput = {
  AND?: Array<RolePastHoldersNodeAggregationWhereInput> | null | undefined;
  NOT?: RolePastHoldersNodeAggregationWhereInput | null | undefined;
  OR?: Array<RolePastHoldersNodeAggregationWhereInput> | null | undefined;
  availability?: FloatScalarAggregationFilters | null | undefined;
  location?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type RoleRelationshipFilters = {
  /** Filter type where all of the related Roles match this filter */
  all?: RoleWhere | null | undefined;
  /** Filter type where none of the related Roles match this filter */
  none?: RoleWhere | null | undefined;
  /** Filter type where one of the related Roles match this filter */
  single?: RoleWhere | null | undefined;
  /** Filter type where some of the related Roles match this filter */
  some?: RoleWhere | null | undefined;
};

export type RoleRequiresConnectFieldInput = {
  connect?: Array<SkillConnectInput> | null | undefined;
  edge: RequirementCreateInput;
  where?: SkillConnectWhere | null | undefined;
};

export type RoleRequiresConnectionAggregateInput = {
  AND?: Array<RoleRequiresConnectionAggregateInput> | null | undefined;
  NOT?: RoleRequiresConnectionAggregateInput | null | undefined;
  OR?: Array<RoleRequiresConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: RequirementAggregationWhereInput | null | undefined;
  node?: RoleRequiresNodeAggregationWhereInput | null | undefined;
};

export type RoleRequiresConnectionFilters = {
  /** Filter Roles by aggregating results on related RoleRequiresConnections */
  aggregate?: RoleRequiresConnectionAggregateInput | null | undefined;
  /** Return Roles where all of the related RoleRequiresConnections match this filter */
  all?: RoleRequiresConnectionWhere | null | undefined;
  /** Return Roles where none of the related RoleRequiresConnections match this filter */
  none?: RoleRequiresConnectionWhere | null | undefined;
  /** Return Roles where one of the related RoleRequiresConnections match this filter */
  single?: RoleRequiresConnectionWhere | null | undefined;
  /** Return Roles where some of the related RoleRequiresConnections match this filter */
  some?: RoleRequiresConnectionWhere | null | undefined;
};

export type RoleRequiresConnectionWhere = {
  AND?: Array<RoleRequiresConnectionWhere> | null | undefined;
  NOT?: RoleRequiresConnectionWhere | null | undefined;
  OR?: Array<RoleRequiresConnectionWhere> | null | undefined;
  edge?: RequirementWhere | null | undefined;
  node?: SkillWhere | null | undefined;
};

export type RoleRequiresCreateFieldInput = {
  edge: RequirementCreateInput;
  node: SkillCreateInput;
};

export type RoleRequiresFieldInput = {
  connect?: Array<RoleRequiresConnectFieldInput> | null | undefined;
  create?: Array<RoleRequiresCreateFieldInput> | null | undefined;
};

export type RoleRequiresNodeAggregationWhereInput = {
  AND?: Array<RoleRequiresNodeAggregationWhereInput> | null | undefined;
  NOT?: RoleRequiresNodeAggregationWhereInput | null | undefined;
  OR?: Array<RoleRequiresNodeAggregationWhereInput> | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type RoleStaffedInConnectFieldInput = {
  connect?: Array<OrgUnitConnectInput> | null | undefined;
  edge: PositionCreateInput;
  where?: OrgUnitConnectWhere | null | undefined;
};

export type RoleStaffedInConnectionAggregateInput = {
  AND?: Array<RoleStaffedInConnectionAggregateInput> | null | undefined;
  NOT?: RoleStaffedInConnectionAggregateInput | null | undefined;
  OR?: Array<RoleStaffedInConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: PositionAggregationWhereInput | null | undefined;
  node?: RoleStaffedInNodeAggregationWhereInput | null | undefined;
};

export type RoleStaffedInConnectionFilters = {
  /** Filter Roles by aggregating results on related RoleStaffedInConnections */
  aggregate?: RoleStaffedInConnectionAggregateInput | null | undefined;
  /** Return Roles where all of the related RoleStaffedInConnections match this filter */
  all?: RoleStaffedInConnectionWhere | null | undefined;
  /** Return Roles where none of the related RoleStaffedInConnections match this filter */
  none?: RoleStaffedInConnectionWhere | null | undefined;
  /** Return Roles where one of the related RoleStaffedInConnections match this filter */
  single?: RoleStaffedInConnectionWhere | null | undefined;
  /** Return Roles where some of the related RoleStaffedInConnections match this filter */
  some?: RoleStaffedInConnectionWhere | null | undefined;
};

export type RoleStaffedInConnectionWhere = {
  AND?: Array<RoleStaffedInConnectionWhere> | null | undefined;
  NOT?: RoleStaffedInConnectionWhere | null | undefined;
  OR?: Array<RoleStaffedInConnectionWhere> | null | undefined;
  edge?: PositionWhere | null | undefined;
  node?: OrgUnitWhere | null | undefined;
};

export type RoleStaffedInCreateFieldInput = {
  edge: PositionCreateInput;
  node: OrgUnitCreateInput;
};

export type RoleStaffedInFieldInput = {
  connect?: Array<RoleStaffedInConnectFieldInput> | null | undefined;
  create?: Array<RoleStaffedInCreateFieldInput> | null | undefined;
};

export type RoleStaffedInNodeAggregationWhereInput = {
  AND?: Array<RoleStaffedInNodeAggregationWhereInput> | null | undefined;
  NOT?: RoleStaffedInNodeAggregationWhereInput | null | undefined;
  OR?: Array<RoleStaffedInNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type RoleTenureCreateInput = {
  since: string;
};

export type RoleTenureWhere = {
  AND?: Array<RoleTenureWhere> | null | undefined;
  NOT?: RoleTenureWhere | null | undefined;
  OR?: Array<RoleTenureWhere> | null | undefined;
  since?: DateScalarFilters | null | undefined;
};

export type RoleWhere = {
  AND?: Array<RoleWhere> | null | undefined;
  NOT?: RoleWhere | null | undefined;
  OR?: Array<RoleWhere> | null | undefined;
  altTitles?: StringListFilters | null | undefined;
  aspiredBy?: PersonRelationshipFilters | null | undefined;
  aspiredByConnection?: RoleAspiredByConnectionFilters | null | undefined;
  broaderGroups?: OccupationGroupRelationshipFilters | null | undefined;
  broaderGroupsConnection?: RoleBroaderGroupsConnectionFilters | null | undefined;
  broaderRoles?: RoleRelationshipFilters | null | undefined;
  broaderRolesConnection?: RoleBroaderRolesConnectionFilters | null | undefined;
  description?: StringScalarFilters | null | undefined;
  equivalentOf?: RoleRelationshipFilters | null | undefined;
  equivalentOfConnection?: RoleEquivalentOfConnectionFilters | null | undefined;
  equivalentRoles?: RoleRelationshipFilters | null | undefined;
  equivalentRolesConnection?: RoleEquivalentRolesConnectionFilters | null | undefined;
  escoCode?: StringScalarFilters | null | undefined;
  holders?: PersonRelationshipFilters | null | undefined;
  holdersConnection?: RoleHoldersConnectionFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  iscoGroup?: StringScalarFilters | null | undefined;
  jobZone?: IntScalarFilters | null | undefined;
  narrowerRoles?: RoleRelationshipFilters | null | undefined;
  narrowerRolesConnection?: RoleNarrowerRolesConnectionFilters | null | undefined;
  onetSocCode?: StringScalarFilters | null | undefined;
  pastHolders?: PersonRelationshipFilters | null | undefined;
  pastHoldersConnection?: RolePastHoldersConnectionFilters | null | undefined;
  requires?: SkillRelationshipFilters | null | undefined;
  requiresConnection?: RoleRequiresConnectionFilters | null | undefined;
  staffedIn?: OrgUnitRelationshipFilters | null | undefined;
  staffedInConnection?: RoleStaffedInConnectionFilters | null | undefined;
  tags?: StringListFilters | null | undefined;
  taxonomy?: TaxonomyEnumScalarFilters | null | undefined;
  title?: StringScalarFilters | null | undefined;
  uri?: UrlScalarFilters | null | undefined;
};

export type SkillBroaderGroupsConnectFieldInput = {
  connect?: Array<SkillGroupConnectInput> | null | undefined;
  where?: SkillGroupConnectWhere | null | undefined;
};

export type SkillBroaderGroupsConnectionAggregateInput = {
  AND?: Array<SkillBroaderGroupsConnectionAggregateInput> | null | undefined;
  NOT?: SkillBroaderGroupsConnectionAggregateInput | null | undefined;
  OR?: Array<SkillBroaderGroupsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: SkillBroaderGroupsNodeAggregationWhereInput | null | undefined;
};

export type SkillBroaderGroupsConnectionFilters = {
  /** Filter Skills by aggregating results on related SkillBroaderGroupsConnections */
  aggregate?: SkillBroaderGroupsConnectionAggregateInput | null | undefined;
  /** Return Skills where all of the related SkillBroaderGroupsConnections match this filter */
  all?: SkillBroaderGroupsConnectionWhere | null | undefined;
  /** Return Skills where none of the related SkillBroaderGroupsConnections match this filter */
  none?: SkillBroaderGroupsConnectionWhere | null | undefined;
  /** Return Skills where one of the related SkillBroaderGroupsConnections match this filter */
  single?: SkillBroaderGroupsConnectionWhere | null | undefined;
  /** Return Skills where some of the related SkillBroaderGroupsConnections match this filter */
  some?: SkillBroaderGroupsConnectionWhere | null | undefined;
};

export type SkillBroaderGroupsConnectionWhere = {
  AND?: Array<SkillBroaderGroupsConnectionWhere> | null | undefined;
  NOT?: SkillBroaderGroupsConnectionWhere | null | undefined;
  OR?: Array<SkillBroaderGroupsConnectionWhere> | null | undefined;
  node?: SkillGroupWhere | null | undefined;
};

export type SkillBroaderGroupsCreateFieldInput = {
  node: SkillGroupCreateInput;
};

export type SkillBroaderGroupsFieldInput = {
  connect?: Array<SkillBroaderGroupsConnectFieldInput> | null | undefined;
  create?: Array<SkillBroaderGroupsCreateFieldInput> | null | undefined;
};

export type SkillBroaderGroupsNodeAggregationWhereInput = {
  AND?: Array<SkillBroaderGroupsNodeAggregationWhereInput> | null | undefined;
  NOT?: SkillBroaderGroupsNodeAggregationWhereInput | null | undefined;
  OR?: Array<SkillBroaderGroupsNodeAggregationWhereInput> | null | undefined;
  code?: StringScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type SkillBroaderSkillsConnectFieldInput = {
  connect?: Array<SkillConnectInput> | null | undefined;
  where?: SkillConnectWhere | null | undefined;
};

export type SkillBroaderSkillsConnectionAggregateInput = {
  AND?: Array<SkillBroaderSkillsConnectionAggregateInput> | null | undefined;
  NOT?: SkillBroaderSkillsConnectionAggregateInput | null | undefined;
  OR?: Array<SkillBroaderSkillsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: SkillBroaderSkillsNodeAggregationWhereInput | null | undefined;
};

export type SkillBroaderSkillsConnectionFilters = {
  /** Filter Skills by aggregating results on related SkillBroaderSkillsConnections */
  aggregate?: SkillBroaderSkillsConnectionAggregateInput | null | undefined;
  /** Return Skills where all of the related SkillBroaderSkillsConnections match this filter */
  all?: SkillBroaderSkillsConnectionWhere | null | undefined;
  /** Return Skills where none of the related SkillBroaderSkillsConnections match this filter */
  none?: SkillBroaderSkillsConnectionWhere | null | undefined;
  /** Return Skills where one of the related SkillBroaderSkillsConnections match this filter */
  single?: SkillBroaderSkillsConnectionWhere | null | undefined;
  /** Return Skills where some of the related SkillBroaderSkillsConnections match this filter */
  some?: SkillBroaderSkillsConnectionWhere | null | undefined;
};

export type SkillBroaderSkillsConnectionWhere = {
  AND?: Array<SkillBroaderSkillsConnectionWhere> | null | undefined;
  NOT?: SkillBroaderSkillsConnectionWhere | null | undefined;
  OR?: Array<SkillBroaderSkillsConnectionWhere> | null | undefined;
  node?: SkillWhere | null | undefined;
};

export type SkillBroaderSkillsCreateFieldInput = {
  node: SkillCreateInput;
};

export type SkillBroaderSkillsFieldInput = {
  connect?: Array<SkillBroaderSkillsConnectFieldInput> | null | undefined;
  create?: Array<SkillBroaderSkillsCreateFieldInput> | null | undefined;
};

export type SkillBroaderSkillsNodeAggregationWhereInput = {
  AND?: Array<SkillBroaderSkillsNodeAggregationWhereInput> | null | undefined;
  NOT?: SkillBroaderSkillsNodeAggregationWhereInput | null | undefined;
  OR?: Array<SkillBroaderSkillsNodeAggregationWhereInput> | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type SkillCertifiedByConnectFieldInput = {
  connect?: Array<CredentialConnectInput> | null | undefined;
  edge: SkillLevelCreateInput;
  where?: CredentialConnectWhere | null | undefined;
};

export type SkillCertifiedByConnectionAggregateInput = {
  AND?: Array<SkillCertifiedByConnectionAggregateInput> | null | undefined;
  NOT?: SkillCertifiedByConnectionAggregateInput | null | undefined;
  OR?: Array<SkillCertifiedByConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: SkillLevelAggregationWhereInput | null | undefined;
  node?: SkillCertifiedByNodeAggregationWhereInput | null | undefined;
};

export type SkillCertifiedByConnectionFilters = {
  /** Filter Skills by aggregating results on related SkillCertifiedByConnections */
  aggregate?: SkillCertifiedByConnectionAggregateInput | null | undefined;
  /** Return Skills where all of the related SkillCertifiedByConnections match this filter */
  all?: SkillCertifiedByConnectionWhere | null | undefined;
  /** Return Skills where none of the related SkillCertifiedByConnections match this filter */
  none?: SkillCertifiedByConnectionWhere | null | undefined;
  /** Return Skills where one of the related SkillCertifiedByConnections match this filter */
  single?: SkillCertifiedByConnectionWhere | null | undefined;
  /** Return Skills where some of the related SkillCertifiedByConnections match this filter */
  some?: SkillCertifiedByConnectionWhere | null | undefined;
};

export type SkillCertifiedByConnectionWhere = {
  AND?: Array<SkillCertifiedByConnectionWhere> | null | undefined;
  NOT?: SkillCertifiedByConnectionWhere | null | undefined;
  OR?: Array<SkillCertifiedByConnectionWhere> | null | undefined;
  edge?: SkillLevelWhere | null | undefined;
  node?: CredentialWhere | null | undefined;
};

export type SkillCertifiedByCreateFieldInput = {
  edge: SkillLevelCreateInput;
  node: CredentialCreateInput;
};

export type SkillCertifiedByFieldInput = {
  connect?: Array<SkillCertifiedByConnectFieldInput> | null | undefined;
  create?: Array<SkillCertifiedByCreateFieldInput> | null | undefined;
};

export type SkillCertifiedByNodeAggregationWhereInput = {
  AND?: Array<SkillCertifiedByNodeAggregationWhereInput> | null | undefined;
  NOT?: SkillCertifiedByNodeAggregationWhereInput | null | undefined;
  OR?: Array<SkillCertifiedByNodeAggregationWhereInput> | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  ects?: FloatScalarAggregationFilters | null | undefined;
  eqfLevel?: IntScalarAggregationFilters | null | undefined;
  gradingScheme?: StringScalarAggregationFilters | null | undefined;
  identityVerification?: StringScalarAggregationFilters | null | undefined;
  qualityAssurance?: StringScalarAggregationFilters | null | undefined;
  requiredParts?: IntScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  validityMonths?: IntScalarAggregationFilters | null | undefined;
  workloadHours?: FloatScalarAggregationFilters | null | undefined;
};

export type SkillConnectInput = {
  broaderGroups?: Array<SkillBroaderGroupsConnectFieldInput> | null | undefined;
  broaderSkills?: Array<SkillBroaderSkillsConnectFieldInput> | null | undefined;
  certifiedBy?: Array<SkillCertifiedByConnectFieldInput> | null | undefined;
  heldBy?: Array<SkillHeldByConnectFieldInput> | null | undefined;
  narrowerSkills?: Array<SkillNarrowerSkillsConnectFieldInput> | null | undefined;
  relatedSkills?: Array<SkillRelatedSkillsConnectFieldInput> | null | undefined;
  requiredBy?: Array<SkillRequiredByConnectFieldInput> | null | undefined;
  taughtBy?: Array<SkillTaughtByConnectFieldInput> | null | undefined;
};

export type SkillConnectWhere = {
  node: SkillWhere;
};

export type SkillCreateInput = {
  altLabels?: Array<string>;
  broaderGroups?: SkillBroaderGroupsFieldInput | null | undefined;
  broaderSkills?: SkillBroaderSkillsFieldInput | null | undefined;
  certifiedBy?: SkillCertifiedByFieldInput | null | undefined;
  description?: string | null | undefined;
  heldBy?: SkillHeldByFieldInput | null | undefined;
  id: string;
  name: string;
  narrowerSkills?: SkillNarrowerSkillsFieldInput | null | undefined;
  relatedSkills?: SkillRelatedSkillsFieldInput | null | undefined;
  requiredBy?: SkillRequiredByFieldInput | null | undefined;
  reuseLevel?: ReuseLevel | null | undefined;
  tags?: Array<string>;
  taughtBy?: SkillTaughtByFieldInput | null | undefined;
  taxonomy: Taxonomy;
  type?: SkillType | null | undefined;
  uri?: string | null | undefined;
};

export type SkillEvidenceAggregationWhereInput = {
  AND?: Array<SkillEvidenceAggregationWhereInput> | null | undefined;
  NOT?: SkillEvidenceAggregationWhereInput | null | undefined;
  OR?: Array<SkillEvidenceAggregationWhereInput> | null | undefined;
  assessedAt?: DateTimeScalarAggregationFilters | null | undefined;
  confidence?: FloatScalarAggregationFilters | null | undefined;
  level?: IntScalarAggregationFilters | null | undefined;
  validUntil?: DateTimeScalarAggregationFilters | null | undefined;
};

export type SkillEvidenceCreateInput = {
  assessedAt: string;
  /** Allowed: a number from 0 to 1. */
  confidence?: number | null | undefined;
  /** Allowed: a whole number from 1 to 5. */
  level: number;
  source: EvidenceSource;
  validUntil?: string | null | undefined;
};

export type SkillEvidenceWhere = {
  AND?: Array<SkillEvidenceWhere> | null | undefined;
  NOT?: SkillEvidenceWhere | null | undefined;
  OR?: Array<SkillEvidenceWhere> | null | undefined;
  assessedAt?: DateTimeScalarFilters | null | undefined;
  confidence?: FloatScalarFilters | null | undefined;
  level?: IntScalarFilters | null | undefined;
  source?: EvidenceSourceEnumScalarFilters | null | undefined;
  validUntil?: DateTimeScalarFilters | null | undefined;
};

export type SkillGroupBroaderGroupsConnectFieldInput = {
  connect?: Array<SkillGroupConnectInput> | null | undefined;
  where?: SkillGroupConnectWhere | null | undefined;
};

export type SkillGroupBroaderGroupsConnectionAggregateInput = {
  AND?: Array<SkillGroupBroaderGroupsConnectionAggregateInput> | null | undefined;
  NOT?: SkillGroupBroaderGroupsConnectionAggregateInput | null | undefined;
  OR?: Array<SkillGroupBroaderGroupsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: SkillGroupBroaderGroupsNodeAggregationWhereInput | null | undefined;
};

export type SkillGroupBroaderGroupsConnectionFilters = {
  /** Filter SkillGroups by aggregating results on related SkillGroupBroaderGroupsConnections */
  aggregate?: SkillGroupBroaderGroupsConnectionAggregateInput | null | undefined;
  /** Return SkillGroups where all of the related SkillGroupBroaderGroupsConnections match this filter */
  all?: SkillGroupBroaderGroupsConnectionWhere | null | undefined;
  /** Return SkillGroups where none of the related SkillGroupBroaderGroupsConnections match this filter */
  none?: SkillGroupBroaderGroupsConnectionWhere | null | undefined;
  /** Return SkillGroups where one of the related SkillGroupBroaderGroupsConnections match this filter */
  single?: SkillGroupBroaderGroupsConnectionWhere | null | undefined;
  /** Return SkillGroups where some of the related SkillGroupBroaderGroupsConnections match this filter */
  some?: SkillGroupBroaderGroupsConnectionWhere | null | undefined;
};

export type SkillGroupBroaderGroupsConnectionWhere = {
  AND?: Array<SkillGroupBroaderGroupsConnectionWhere> | null | undefined;
  NOT?: SkillGroupBroaderGroupsConnectionWhere | null | undefined;
  OR?: Array<SkillGroupBroaderGroupsConnectionWhere> | null | undefined;
  node?: SkillGroupWhere | null | undefined;
};

export type SkillGroupBroaderGroupsCreateFieldInput = {
  node: SkillGroupCreateInput;
};

export type SkillGroupBroaderGroupsFieldInput = {
  connect?: Array<SkillGroupBroaderGroupsConnectFieldInput> | null | undefined;
  create?: Array<SkillGroupBroaderGroupsCreateFieldInput> | null | undefined;
};

export type SkillGroupBroaderGroupsNodeAggregationWhereInput = {
  AND?: Array<SkillGroupBroaderGroupsNodeAggregationWhereInput> | null | undefined;
  NOT?: SkillGroupBroaderGroupsNodeAggregationWhereInput | null | undefined;
  OR?: Array<SkillGroupBroaderGroupsNodeAggregationWhereInput> | null | undefined;
  code?: StringScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type SkillGroupConnectInput = {
  broaderGroups?: Array<SkillGroupBroaderGroupsConnectFieldInput> | null | undefined;
  narrowerGroups?: Array<SkillGroupNarrowerGroupsConnectFieldInput> | null | undefined;
  narrowerSkills?: Array<SkillGroupNarrowerSkillsConnectFieldInput> | null | undefined;
};

export type SkillGroupConnectWhere = {
  node: SkillGroupWhere;
};

export type SkillGroupCreateInput = {
  broaderGroups?: SkillGroupBroaderGroupsFieldInput | null | undefined;
  code?: string | null | undefined;
  description?: string | null | undefined;
  id: string;
  name: string;
  narrowerGroups?: SkillGroupNarrowerGroupsFieldInput | null | undefined;
  narrowerSkills?: SkillGroupNarrowerSkillsFieldInput | null | undefined;
  taxonomy: Taxonomy;
  uri?: string | null | undefined;
};

export type SkillGroupNarrowerGroupsConnectFieldInput = {
  connect?: Array<SkillGroupConnectInput> | null | undefined;
  where?: SkillGroupConnectWhere | null | undefined;
};

export type SkillGroupNarrowerGroupsConnectionAggregateInput = {
  AND?: Array<SkillGroupNarrowerGroupsConnectionAggregateInput> | null | undefined;
  NOT?: SkillGroupNarrowerGroupsConnectionAggregateInput | null | undefined;
  OR?: Array<SkillGroupNarrowerGroupsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: SkillGroupNarrowerGroupsNodeAggregationWhereInput | null | undefined;
};

export type SkillGroupNarrowerGroupsConnectionFilters = {
  /** Filter SkillGroups by aggregating results on related SkillGroupNarrowerGroupsConnections */
  aggregate?: SkillGroupNarrowerGroupsConnectionAggregateInput | null | undefined;
  /** Return SkillGroups where all of the related SkillGroupNarrowerGroupsConnections match this filter */
  all?: SkillGroupNarrowerGroupsConnectionWhere | null | undefined;
  /** Return SkillGroups where none of the related SkillGroupNarrowerGroupsConnections match this filter */
  none?: SkillGroupNarrowerGroupsConnectionWhere | null | undefined;
  /** Return SkillGroups where one of the related SkillGroupNarrowerGroupsConnections match this filter */
  single?: SkillGroupNarrowerGroupsConnectionWhere | null | undefined;
  /** Return SkillGroups where some of the related SkillGroupNarrowerGroupsConnections match this filter */
  some?: SkillGroupNarrowerGroupsConnectionWhere | null | undefined;
};

export type SkillGroupNarrowerGroupsConnectionWhere = {
  AND?: Array<SkillGroupNarrowerGroupsConnectionWhere> | null | undefined;
  NOT?: SkillGroupNarrowerGroupsConnectionWhere | null | undefined;
  OR?: Array<SkillGroupNarrowerGroupsConnectionWhere> | null | undefined;
  node?: SkillGroupWhere | null | undefined;
};

export type SkillGroupNarrowerGroupsCreateFieldInput = {
  node: SkillGroupCreateInput;
};

export type SkillGroupNarrowerGroupsFieldInput = {
  connect?: Array<SkillGroupNarrowerGroupsConnectFieldInput> | null | undefined;
  create?: Array<SkillGroupNarrowerGroupsCreateFieldInput> | null | undefined;
};

export type SkillGroupNarrowerGroupsNodeAggregationWhereInput = {
  AND?: Array<SkillGroupNarrowerGroupsNodeAggregationWhereInput> | null | undefined;
  NOT?: SkillGroupNarrowerGroupsNodeAggregationWhereInput | null | undefined;
  OR?: Array<SkillGroupNarrowerGroupsNodeAggregationWhereInput> | null | undefined;
  code?: StringScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type SkillGroupNarrowerSkillsConnectFieldInput = {
  connect?: Array<SkillConnectInput> | null | undefined;
  where?: SkillConnectWhere | null | undefined;
};

export type SkillGroupNarrowerSkillsConnectionAggregateInput = {
  AND?: Array<SkillGroupNarrowerSkillsConnectionAggregateInput> | null | undefined;
  NOT?: SkillGroupNarrowerSkillsConnectionAggregateInput | null | undefined;
  OR?: Array<SkillGroupNarrowerSkillsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: SkillGroupNarrowerSkillsNodeAggregationWhereInput | null | undefined;
};

export type SkillGroupNarrowerSkillsConnectionFilters = {
  /** Filter SkillGroups by aggregating results on related SkillGroupNarrowerSkillsConnections */
  aggregate?: SkillGroupNarrowerSkillsConnectionAggregateInput | null | undefined;
  /** Return SkillGroups where all of the related SkillGroupNarrowerSkillsConnections match this filter */
  all?: SkillGroupNarrowerSkillsConnectionWhere | null | undefined;
  /** Return SkillGroups where none of the related SkillGroupNarrowerSkillsConnections match this filter */
  none?: SkillGroupNarrowerSkillsConnectionWhere | null | undefined;
  /** Return SkillGroups where one of the related SkillGroupNarrowerSkillsConnections match this filter */
  single?: SkillGroupNarrowerSkillsConnectionWhere | null | undefined;
  /** Return SkillGroups where some of the related SkillGroupNarrowerSkillsConnections match this filter */
  some?: SkillGroupNarrowerSkillsConnectionWhere | null | undefined;
};

export type SkillGroupNarrowerSkillsConnectionWhere = {
  AND?: Array<SkillGroupNarrowerSkillsConnectionWhere> | null | undefined;
  NOT?: SkillGroupNarrowerSkillsConnectionWhere | null | undefined;
  OR?: Array<SkillGroupNarrowerSkillsConnectionWhere> | null | undefined;
  node?: SkillWhere | null | undefined;
};

export type SkillGroupNarrowerSkillsCreateFieldInput = {
  node: SkillCreateInput;
};

export type SkillGroupNarrowerSkillsFieldInput = {
  connect?: Array<SkillGroupNarrowerSkillsConnectFieldInput> | null | undefined;
  create?: Array<SkillGroupNarrowerSkillsCreateFieldInput> | null | undefined;
};

export type SkillGroupNarrowerSkillsNodeAggregationWhereInput = {
  AND?: Array<SkillGroupNarrowerSkillsNodeAggregationWhereInput> | null | undefined;
  NOT?: SkillGroupNarrowerSkillsNodeAggregationWhereInput | null | undefined;
  OR?: Array<SkillGroupNarrowerSkillsNodeAggregationWhereInput> | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type SkillGroupRelationshipFilters = {
  /** Filter type where all of the related SkillGroups match this filter */
  all?: SkillGroupWhere | null | undefined;
  /** Filter type where none of the related SkillGroups match this filter */
  none?: SkillGroupWhere | null | undefined;
  /** Filter type where one of the related SkillGroups match this filter */
  single?: SkillGroupWhere | null | undefined;
  /** Filter type where some of the related SkillGroups match this filter */
  some?: SkillGroupWhere | null | undefined;
};

export type SkillGroupWhere = {
  AND?: Array<SkillGroupWhere> | null | undefined;
  NOT?: SkillGroupWhere | null | undefined;
  OR?: Array<SkillGroupWhere> | null | undefined;
  broaderGroups?: SkillGroupRelationshipFilters | null | undefined;
  broaderGroupsConnection?: SkillGroupBroaderGroupsConnectionFilters | null | undefined;
  code?: StringScalarFilters | null | undefined;
  description?: StringScalarFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  narrowerGroups?: SkillGroupRelationshipFilters | null | undefined;
  narrowerGroupsConnection?: SkillGroupNarrowerGroupsConnectionFilters | null | undefined;
  narrowerSkills?: SkillRelationshipFilters | null | undefined;
  narrowerSkillsConnection?: SkillGroupNarrowerSkillsConnectionFilters | null | undefined;
  taxonomy?: TaxonomyEnumScalarFilters | null | undefined;
  uri?: UrlScalarFilters | null | undefined;
};

export type SkillHeldByConnectFieldInput = {
  connect?: Array<PersonConnectInput> | null | undefined;
  edge: SkillEvidenceCreateInput;
  where?: PersonConnectWhere | null | undefined;
};

export type SkillHeldByConnectionAggregateInput = {
  AND?: Array<SkillHeldByConnectionAggregateInput> | null | undefined;
  NOT?: SkillHeldByConnectionAggregateInput | null | undefined;
  OR?: Array<SkillHeldByConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: SkillEvidenceAggregationWhereInput | null | undefined;
  node?: SkillHeldByNodeAggregationWhereInput | null | undefined;
};

export type SkillHeldByConnectionFilters = {
  /** Filter Skills by aggregating results on related SkillHeldByConnections */
  aggregate?: SkillHeldByConnectionAggregateInput | null | undefined;
  /** Return Skills where all of the related SkillHeldByConnections match this filter */
  all?: SkillHeldByConnectionWhere | null | undefined;
  /** Return Skills where none of the related SkillHeldByConnections match this filter */
  none?: SkillHeldByConnectionWhere | null | undefined;
  /** Return Skills where one of the related SkillHeldByConnections match this filter */
  single?: SkillHeldByConnectionWhere | null | undefined;
  /** Return Skills where some of the related SkillHeldByConnections match this filter */
  some?: SkillHeldByConnectionWhere | null | undefined;
};

export type SkillHeldByConnectionWhere = {
  AND?: Array<SkillHeldByConnectionWhere> | null | undefined;
  NOT?: SkillHeldByConnectionWhere | null | undefined;
  OR?: Array<SkillHeldByConnectionWhere> | null | undefined;
  edge?: SkillEvidenceWhere | null | undefined;
  node?: PersonWhere | null | undefined;
};

export type SkillHeldByCreateFieldInput = {
  edge: SkillEvidenceCreateInput;
  node: PersonCreateInput;
};

export type SkillHeldByFieldInput = {
  connect?: Array<SkillHeldByConnectFieldInput> | null | undefined;
  create?: Array<SkillHeldByCreateFieldInput> | null | undefined;
};

export type SkillHeldByNodeAggregationWhereInput = {
  AND?: Array<SkillHeldByNodeAggregationWhereInput> | null | undefined;
  NOT?: SkillHeldByNodeAggregationWhereInput | null | undefined;
  OR?: Array<SkillHeldByNodeAggregationWhereInput> | null | undefined;
  availability?: FloatScalarAggregationFilters | null | undefined;
  location?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type SkillLevelAggregationWhereInput = {
  AND?: Array<SkillLevelAggregationWhereInput> | null | undefined;
  NOT?: SkillLevelAggregationWhereInput | null | undefined;
  OR?: Array<SkillLevelAggregationWhereInput> | null | undefined;
  level?: IntScalarAggregationFilters | null | undefined;
};

export type SkillLevelCreateInput = {
  /** Allowed: a whole number from 1 to 5. */
  level: number;
};

export type SkillLevelWhere = {
  AND?: Array<SkillLevelWhere> | null | undefined;
  NOT?: SkillLevelWhere | null | undefined;
  OR?: Array<SkillLevelWhere> | null | undefined;
  level?: IntScalarFilters | null | undefined;
};

export type SkillNarrowerSkillsConnectFieldInput = {
  connect?: Array<SkillConnectInput> | null | undefined;
  where?: SkillConnectWhere | null | undefined;
};

export type SkillNarrowerSkillsConnectionAggregateInput = {
  AND?: Array<SkillNarrowerSkillsConnectionAggregateInput> | null | undefined;
  NOT?: SkillNarrowerSkillsConnectionAggregateInput | null | undefined;
  OR?: Array<SkillNarrowerSkillsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: SkillNarrowerSkillsNodeAggregationWhereInput | null | undefined;
};

export type SkillNarrowerSkillsConnectionFilters = {
  /** Filter Skills by aggregating results on related SkillNarrowerSkillsConnections */
  aggregate?: SkillNarrowerSkillsConnectionAggregateInput | null | undefined;
  /** Return Skills where all of the related SkillNarrowerSkillsConnections match this filter */
  all?: SkillNarrowerSkillsConnectionWhere | null | undefined;
  /** Return Skills where none of the related SkillNarrowerSkillsConnections match this filter */
  none?: SkillNarrowerSkillsConnectionWhere | null | undefined;
  /** Return Skills where one of the related SkillNarrowerSkillsConnections match this filter */
  single?: SkillNarrowerSkillsConnectionWhere | null | undefined;
  /** Return Skills where some of the related SkillNarrowerSkillsConnections match this filter */
  some?: SkillNarrowerSkillsConnectionWhere | null | undefined;
};

export type SkillNarrowerSkillsConnectionWhere = {
  AND?: Array<SkillNarrowerSkillsConnectionWhere> | null | undefined;
  NOT?: SkillNarrowerSkillsConnectionWhere | null | undefined;
  OR?: Array<SkillNarrowerSkillsConnectionWhere> | null | undefined;
  node?: SkillWhere | null | undefined;
};

export type SkillNarrowerSkillsCreateFieldInput = {
  node: SkillCreateInput;
};

export type SkillNarrowerSkillsFieldInput = {
  connect?: Array<SkillNarrowerSkillsConnectFieldInput> | null | undefined;
  create?: Array<SkillNarrowerSkillsCreateFieldInput> | null | undefined;
};

export type SkillNarrowerSkillsNodeAggregationWhereInput = {
  AND?: Array<SkillNarrowerSkillsNodeAggregationWhereInput> | null | undefined;
  NOT?: SkillNarrowerSkillsNodeAggregationWhereInput | null | undefined;
  OR?: Array<SkillNarrowerSkillsNodeAggregationWhereInput> | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type SkillRelatedSkillsConnectFieldInput = {
  connect?: Array<SkillConnectInput> | null | undefined;
  edge: SkillRelationCreateInput;
  where?: SkillConnectWhere | null | undefined;
};

export type SkillRelatedSkillsConnectionAggregateInput = {
  AND?: Array<SkillRelatedSkillsConnectionAggregateInput> | null | undefined;
  NOT?: SkillRelatedSkillsConnectionAggregateInput | null | undefined;
  OR?: Array<SkillRelatedSkillsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: SkillRelatedSkillsNodeAggregationWhereInput | null | undefined;
};

export type SkillRelatedSkillsConnectionFilters = {
  /** Filter Skills by aggregating results on related SkillRelatedSkillsConnections */
  aggregate?: SkillRelatedSkillsConnectionAggregateInput | null | undefined;
  /** Return Skills where all of the related SkillRelatedSkillsConnections match this filter */
  all?: SkillRelatedSkillsConnectionWhere | null | undefined;
  /** Return Skills where none of the related SkillRelatedSkillsConnections match this filter */
  none?: SkillRelatedSkillsConnectionWhere | null | undefined;
  /** Return Skills where one of the related SkillRelatedSkillsConnections match this filter */
  single?: SkillRelatedSkillsConnectionWhere | null | undefined;
  /** Return Skills where some of the related SkillRelatedSkillsConnections match this filter */
  some?: SkillRelatedSkillsConnectionWhere | null | undefined;
};

export type SkillRelatedSkillsConnectionWhere = {
  AND?: Array<SkillRelatedSkillsConnectionWhere> | null | undefined;
  NOT?: SkillRelatedSkillsConnectionWhere | null | undefined;
  OR?: Array<SkillRelatedSkillsConnectionWhere> | null | undefined;
  edge?: SkillRelationWhere | null | undefined;
  node?: SkillWhere | null | undefined;
};

export type SkillRelatedSkillsCreateFieldInput = {
  edge: SkillRelationCreateInput;
  node: SkillCreateInput;
};

export type SkillRelatedSkillsFieldInput = {
  connect?: Array<SkillRelatedSkillsConnectFieldInput> | null | undefined;
  create?: Array<SkillRelatedSkillsCreateFieldInput> | null | undefined;
};

export type SkillRelatedSkillsNodeAggregationWhereInput = {
  AND?: Array<SkillRelatedSkillsNodeAggregationWhereInput> | null | undefined;
  NOT?: SkillRelatedSkillsNodeAggregationWhereInput | null | undefined;
  OR?: Array<SkillRelatedSkillsNodeAggregationWhereInput> | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type SkillRelationCreateInput = {
  importance: Importance;
};

export type SkillRelationWhere = {
  AND?: Array<SkillRelationWhere> | null | undefined;
  NOT?: SkillRelationWhere | null | undefined;
  OR?: Array<SkillRelationWhere> | null | undefined;
  importance?: ImportanceEnumScalarFilters | null | undefined;
};

export type SkillRelationshipFilters = {
  /** Filter type where all of the related Skills match this filter */
  all?: SkillWhere | null | undefined;
  /** Filter type where none of the related Skills match this filter */
  none?: SkillWhere | null | undefined;
  /** Filter type where one of the related Skills match this filter */
  single?: SkillWhere | null | undefined;
  /** Filter type where some of the related Skills match this filter */
  some?: SkillWhere | null | undefined;
};

export type SkillRequiredByConnectFieldInput = {
  connect?: Array<RoleConnectInput> | null | undefined;
  edge: RequirementCreateInput;
  where?: RoleConnectWhere | null | undefined;
};

export type SkillRequiredByConnectionAggregateInput = {
  AND?: Array<SkillRequiredByConnectionAggregateInput> | null | undefined;
  NOT?: SkillRequiredByConnectionAggregateInput | null | undefined;
  OR?: Array<SkillRequiredByConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: RequirementAggregationWhereInput | null | undefined;
  node?: SkillRequiredByNodeAggregationWhereInput | null | undefined;
};

export type SkillRequiredByConnectionFilters = {
  /** Filter Skills by aggregating results on related SkillRequiredByConnections */
  aggregate?: SkillRequiredByConnectionAggregateInput | null | undefined;
  /** Return Skills where all of the related SkillRequiredByConnections match this filter */
  all?: SkillRequiredByConnectionWhere | null | undefined;
  /** Return Skills where none of the related SkillRequiredByConnections match this filter */
  none?: SkillRequiredByConnectionWhere | null | undefined;
  /** Return Skills where one of the related SkillRequiredByConnections match this filter */
  single?: SkillRequiredByConnectionWhere | null | undefined;
  /** Return Skills where some of the related SkillRequiredByConnections match this filter */
  some?: SkillRequiredByConnectionWhere | null | undefined;
};

export type SkillRequiredByConnectionWhere = {
  AND?: Array<SkillRequiredByConnectionWhere> | null | undefined;
  NOT?: SkillRequiredByConnectionWhere | null | undefined;
  OR?: Array<SkillRequiredByConnectionWhere> | null | undefined;
  edge?: RequirementWhere | null | undefined;
  node?: RoleWhere | null | undefined;
};

export type SkillRequiredByCreateFieldInput = {
  edge: RequirementCreateInput;
  node: RoleCreateInput;
};

export type SkillRequiredByFieldInput = {
  connect?: Array<SkillRequiredByConnectFieldInput> | null | undefined;
  create?: Array<SkillRequiredByCreateFieldInput> | null | undefined;
};

export type SkillRequiredByNodeAggregationWhereInput = {
  AND?: Array<SkillRequiredByNodeAggregationWhereInput> | null | undefined;
  NOT?: SkillRequiredByNodeAggregationWhereInput | null | undefined;
  OR?: Array<SkillRequiredByNodeAggregationWhereInput> | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  escoCode?: StringScalarAggregationFilters | null | undefined;
  iscoGroup?: StringScalarAggregationFilters | null | undefined;
  jobZone?: IntScalarAggregationFilters | null | undefined;
  onetSocCode?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
};

export type SkillTaughtByConnectFieldInput = {
  connect?: Array<CourseConnectInput> | null | undefined;
  edge: SkillLevelCreateInput;
  where?: CourseConnectWhere | null | undefined;
};

export type SkillTaughtByConnectionAggregateInput = {
  AND?: Array<SkillTaughtByConnectionAggregateInput> | null | undefined;
  NOT?: SkillTaughtByConnectionAggregateInput | null | undefined;
  OR?: Array<SkillTaughtByConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: SkillLevelAggregationWhereInput | null | undefined;
  node?: SkillTaughtByNodeAggregationWhereInput | null | undefined;
};

export type SkillTaughtByConnectionFilters = {
  /** Filter Skills by aggregating results on related SkillTaughtByConnections */
  aggregate?: SkillTaughtByConnectionAggregateInput | null | undefined;
  /** Return Skills where all of the related SkillTaughtByConnections match this filter */
  all?: SkillTaughtByConnectionWhere | null | undefined;
  /** Return Skills where none of the related SkillTaughtByConnections match this filter */
  none?: SkillTaughtByConnectionWhere | null | undefined;
  /** Return Skills where one of the related SkillTaughtByConnections match this filter */
  single?: SkillTaughtByConnectionWhere | null | undefined;
  /** Return Skills where some of the related SkillTaughtByConnections match this filter */
  some?: SkillTaughtByConnectionWhere | null | undefined;
};

export type SkillTaughtByConnectionWhere = {
  AND?: Array<SkillTaughtByConnectionWhere> | null | undefined;
  NOT?: SkillTaughtByConnectionWhere | null | undefined;
  OR?: Array<SkillTaughtByConnectionWhere> | null | undefined;
  edge?: SkillLevelWhere | null | undefined;
  node?: CourseWhere | null | undefined;
};

export type SkillTaughtByCreateFieldInput = {
  edge: SkillLevelCreateInput;
  node: CourseCreateInput;
};

export type SkillTaughtByFieldInput = {
  connect?: Array<SkillTaughtByConnectFieldInput> | null | undefined;
  create?: Array<SkillTaughtByCreateFieldInput> | null | undefined;
};

export type SkillTaughtByNodeAggregationWhereInput = {
  AND?: Array<SkillTaughtByNodeAggregationWhereInput> | null | undefined;
  NOT?: SkillTaughtByNodeAggregationWhereInput | null | undefined;
  OR?: Array<SkillTaughtByNodeAggregationWhereInput> | null | undefined;
  cost?: FloatScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  durationMinutes?: IntScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
};

/** ESCO's skill types, plus language and transversal skills as their own kinds. */
export type SkillType =
  | 'KNOWLEDGE'
  | 'LANGUAGE'
  | 'SKILL_COMPETENCE'
  | 'TRANSVERSAL';

/** SkillType filters */
export type SkillTypeEnumScalarFilters = {
  eq?: SkillType | null | undefined;
  in?: Array<SkillType> | null | undefined;
};

export type SkillWhere = {
  AND?: Array<SkillWhere> | null | undefined;
  NOT?: SkillWhere | null | undefined;
  OR?: Array<SkillWhere> | null | undefined;
  altLabels?: StringListFilters | null | undefined;
  broaderGroups?: SkillGroupRelationshipFilters | null | undefined;
  broaderGroupsConnection?: SkillBroaderGroupsConnectionFilters | null | undefined;
  broaderSkills?: SkillRelationshipFilters | null | undefined;
  broaderSkillsConnection?: SkillBroaderSkillsConnectionFilters | null | undefined;
  certifiedBy?: CredentialRelationshipFilters | null | undefined;
  certifiedByConnection?: SkillCertifiedByConnectionFilters | null | undefined;
  description?: StringScalarFilters | null | undefined;
  heldBy?: PersonRelationshipFilters | null | undefined;
  heldByConnection?: SkillHeldByConnectionFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  narrowerSkills?: SkillRelationshipFilters | null | undefined;
  narrowerSkillsConnection?: SkillNarrowerSkillsConnectionFilters | null | undefined;
  relatedSkills?: SkillRelationshipFilters | null | undefined;
  relatedSkillsConnection?: SkillRelatedSkillsConnectionFilters | null | undefined;
  requiredBy?: RoleRelationshipFilters | null | undefined;
  requiredByConnection?: SkillRequiredByConnectionFilters | null | undefined;
  reuseLevel?: ReuseLevelEnumScalarFilters | null | undefined;
  tags?: StringListFilters | null | undefined;
  taughtBy?: CourseRelationshipFilters | null | undefined;
  taughtByConnection?: SkillTaughtByConnectionFilters | null | undefined;
  taxonomy?: TaxonomyEnumScalarFilters | null | undefined;
  type?: SkillTypeEnumScalarFilters | null | undefined;
  uri?: UrlScalarFilters | null | undefined;
};

export type SpecificityKind =
  /** A requirement's weight is multiplied by ln((N + 1) / n): N roles, n of them requiring the skill. */
  | 'IDF'
  /** Every skill weighs the same. */
  | 'NONE';

export type StackPartCreateInput = {
  mandatory: boolean;
};

export type StackPartWhere = {
  AND?: Array<StackPartWhere> | null | undefined;
  NOT?: StackPartWhere | null | undefined;
  OR?: Array<StackPartWhere> | null | undefined;
  mandatory?: BooleanScalarFilters | null | undefined;
};

/** String list filters */
export type StringListFilters = {
  eq?: Array<string> | null | undefined;
  includes?: string | null | undefined;
};

/** Filters for an aggregation of a string field */
export type StringScalarAggregationFilters = {
  averageLength?: FloatScalarFilters | null | undefined;
  longestLength?: IntScalarFilters | null | undefined;
  shortestLength?: IntScalarFilters | null | undefined;
};

/** String filters */
export type StringScalarFilters = {
  contains?: string | null | undefined;
  endsWith?: string | null | undefined;
  eq?: string | null | undefined;
  in?: Array<string> | null | undefined;
  startsWith?: string | null | undefined;
};

/** Where a concept comes from. */
export type Taxonomy =
  | 'ESCO'
  | 'INTERNAL'
  | 'ONET';

/** Taxonomy filters */
export type TaxonomyEnumScalarFilters = {
  eq?: Taxonomy | null | undefined;
  in?: Array<Taxonomy> | null | undefined;
};

export type TeamConnectInput = {
  members?: Array<TeamMembersConnectFieldInput> | null | undefined;
  needs?: Array<TeamNeedsConnectFieldInput> | null | undefined;
};

export type TeamConnectWhere = {
  node: TeamWhere;
};

export type TeamConstraintsInput = {
  exclude?: Array<string> | null | undefined;
  maxPerOrgUnit?: number | null | undefined;
  /** Fail with BAD_USER_INPUT when no team this small can cover the requirements. */
  maxSize?: number | null | undefined;
  /** Only people with at least this share of an FTE free (default 0). */
  minAvailability?: number | null | undefined;
  /** People who must be on the team, whatever the other filters say. */
  mustInclude?: Array<string> | null | undefined;
  /** Only members of these org units or the units below them. */
  orgUnitIds?: Array<string> | null | undefined;
};

export type TeamCreateInput = {
  description?: string | null | undefined;
  id: string;
  members?: TeamMembersFieldInput | null | undefined;
  name: string;
  needs?: TeamNeedsFieldInput | null | undefined;
  orgUnit?: TeamOrgUnitFieldInput | null | undefined;
};

export type TeamMembersConnectFieldInput = {
  connect?: Array<PersonConnectInput> | null | undefined;
  edge: TeamMembershipCreateInput;
  where?: PersonConnectWhere | null | undefined;
};

export type TeamMembersConnectionAggregateInput = {
  AND?: Array<TeamMembersConnectionAggregateInput> | null | undefined;
  NOT?: TeamMembersConnectionAggregateInput | null | undefined;
  OR?: Array<TeamMembersConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: TeamMembershipAggregationWhereInput | null | undefined;
  node?: TeamMembersNodeAggregationWhereInput | null | undefined;
};

export type TeamMembersConnectionFilters = {
  /** Filter Teams by aggregating results on related TeamMembersConnections */
  aggregate?: TeamMembersConnectionAggregateInput | null | undefined;
  /** Return Teams where all of the related TeamMembersConnections match this filter */
  all?: TeamMembersConnectionWhere | null | undefined;
  /** Return Teams where none of the related TeamMembersConnections match this filter */
  none?: TeamMembersConnectionWhere | null | undefined;
  /** Return Teams where one of the related TeamMembersConnections match this filter */
  single?: TeamMembersConnectionWhere | null | undefined;
  /** Return Teams where some of the related TeamMembersConnections match this filter */
  some?: TeamMembersConnectionWhere | null | undefined;
};

export type TeamMembersConnectionWhere = {
  AND?: Array<TeamMembersConnectionWhere> | null | undefined;
  NOT?: TeamMembersConnectionWhere | null | undefined;
  OR?: Array<TeamMembersConnectionWhere> | null | undefined;
  edge?: TeamMembershipWhere | null | undefined;
  node?: PersonWhere | null | undefined;
};

export type TeamMembersCreateFieldInput = {
  edge: TeamMembershipCreateInput;
  node: PersonCreateInput;
};

export type TeamMembersFieldInput = {
  connect?: Array<TeamMembersConnectFieldInput> | null | undefined;
  create?: Array<TeamMembersCreateFieldInput> | null | undefined;
};

export type TeamMembersNodeAggregationWhereInput = {
  AND?: Array<TeamMembersNodeAggregationWhereInput> | null | undefined;
  NOT?: TeamMembersNodeAggregationWhereInput | null | undefined;
  OR?: Array<TeamMembersNodeAggregationWhereInput> | null | undefined;
  availability?: FloatScalarAggregationFilters | null | undefined;
  location?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type TeamMembershipAggregationWhereInput = {
  AND?: Array<TeamMembershipAggregationWhereInput> | null | undefined;
  NOT?: TeamMembershipAggregationWhereInput | null | undefined;
  OR?: Array<TeamMembershipAggregationWhereInput> | null | undefined;
  allocation?: FloatScalarAggregationFilters | null | undefined;
};

export type TeamMembershipCreateInput = {
  /** Allowed: a number from 0 to 1. */
  allocation: number;
};

export type TeamMembershipWhere = {
  AND?: Array<TeamMembershipWhere> | null | undefined;
  NOT?: TeamMembershipWhere | null | undefined;
  OR?: Array<TeamMembershipWhere> | null | undefined;
  allocation?: FloatScalarFilters | null | undefined;
};

export type TeamNeedAggregationWhereInput = {
  AND?: Array<TeamNeedAggregationWhereInput> | null | undefined;
  NOT?: TeamNeedAggregationWhereInput | null | undefined;
  OR?: Array<TeamNeedAggregationWhereInput> | null | undefined;
  count?: IntScalarAggregationFilters | null | undefined;
  level?: IntScalarAggregationFilters | null | undefined;
};

export type TeamNeedCreateInput = {
  /** Allowed: a whole number of 1 or more. */
  count: number;
  /** Allowed: a whole number from 1 to 5. */
  level: number;
};

export type TeamNeedWhere = {
  AND?: Array<TeamNeedWhere> | null | undefined;
  NOT?: TeamNeedWhere | null | undefined;
  OR?: Array<TeamNeedWhere> | null | undefined;
  count?: IntScalarFilters | null | undefined;
  level?: IntScalarFilters | null | undefined;
};

export type TeamNeedsConnectFieldInput = {
  connect?: Array<SkillConnectInput> | null | undefined;
  edge: TeamNeedCreateInput;
  where?: SkillConnectWhere | null | undefined;
};

export type TeamNeedsConnectionAggregateInput = {
  AND?: Array<TeamNeedsConnectionAggregateInput> | null | undefined;
  NOT?: TeamNeedsConnectionAggregateInput | null | undefined;
  OR?: Array<TeamNeedsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: TeamNeedAggregationWhereInput | null | undefined;
  node?: TeamNeedsNodeAggregationWhereInput | null | undefined;
};

export type TeamNeedsConnectionFilters = {
  /** Filter Teams by aggregating results on related TeamNeedsConnections */
  aggregate?: TeamNeedsConnectionAggregateInput | null | undefined;
  /** Return Teams where all of the related TeamNeedsConnections match this filter */
  all?: TeamNeedsConnectionWhere | null | undefined;
  /** Return Teams where none of the related TeamNeedsConnections match this filter */
  none?: TeamNeedsConnectionWhere | null | undefined;
  /** Return Teams where one of the related TeamNeedsConnections match this filter */
  single?: TeamNeedsConnectionWhere | null | undefined;
  /** Return Teams where some of the related TeamNeedsConnections match this filter */
  some?: TeamNeedsConnectionWhere | null | undefined;
};

export type TeamNeedsConnectionWhere = {
  AND?: Array<TeamNeedsConnectionWhere> | null | undefined;
  NOT?: TeamNeedsConnectionWhere | null | undefined;
  OR?: Array<TeamNeedsConnectionWhere> | null | undefined;
  edge?: TeamNeedWhere | null | undefined;
  node?: SkillWhere | null | undefined;
};

export type TeamNeedsCreateFieldInput = {
  edge: TeamNeedCreateInput;
  node: SkillCreateInput;
};

export type TeamNeedsFieldInput = {
  connect?: Array<TeamNeedsConnectFieldInput> | null | undefined;
  create?: Array<TeamNeedsCreateFieldInput> | null | undefined;
};

export type TeamNeedsNodeAggregationWhereInput = {
  AND?: Array<TeamNeedsNodeAggregationWhereInput> | null | undefined;
  NOT?: TeamNeedsNodeAggregationWhereInput | null | undefined;
  OR?: Array<TeamNeedsNodeAggregationWhereInput> | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
};

export type TeamOrgUnitConnectionWhere = {
  AND?: Array<TeamOrgUnitConnectionWhere> | null | undefined;
  NOT?: TeamOrgUnitConnectionWhere | null | undefined;
  OR?: Array<TeamOrgUnitConnectionWhere> | null | undefined;
  node?: OrgUnitWhere | null | undefined;
};

export type TeamOrgUnitCreateFieldInput = {
  node: OrgUnitCreateInput;
};

export type TeamOrgUnitFieldInput = {
  create?: TeamOrgUnitCreateFieldInput | null | undefined;
};

export type TeamRelationshipFilters = {
  /** Filter type where all of the related Teams match this filter */
  all?: TeamWhere | null | undefined;
  /** Filter type where none of the related Teams match this filter */
  none?: TeamWhere | null | undefined;
  /** Filter type where one of the related Teams match this filter */
  single?: TeamWhere | null | undefined;
  /** Filter type where some of the related Teams match this filter */
  some?: TeamWhere | null | undefined;
};

/** A team requirement: `count` members (default 1) at `minLevel` or above in the skill. */
export type TeamRequirementInput = {
  count?: number | null | undefined;
  minLevel: number;
  skillId: string;
};

export type TeamSolver =
  | 'EXACT'
  | 'GREEDY';

export type TeamWhere = {
  AND?: Array<TeamWhere> | null | undefined;
  NOT?: TeamWhere | null | undefined;
  OR?: Array<TeamWhere> | null | undefined;
  description?: StringScalarFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  members?: PersonRelationshipFilters | null | undefined;
  membersConnection?: TeamMembersConnectionFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  needs?: SkillRelationshipFilters | null | undefined;
  needsConnection?: TeamNeedsConnectionFilters | null | undefined;
  orgUnit?: OrgUnitWhere | null | undefined;
  orgUnitConnection?: TeamOrgUnitConnectionWhere | null | undefined;
};

/** URL filters */
export type UrlScalarFilters = {
  eq?: string | null | undefined;
  in?: Array<string> | null | undefined;
};

/** Where a holding in a wallet stands now. */
export type WalletStatus =
  | 'EXPIRED'
  | 'REVOKED'
  | 'VALID';

export type LearningPlanQueryVariables = Exact<{
  personId: string;
  target: LearningTarget;
  options?: LearningPlanOptions | null | undefined;
  asOf?: string | null | undefined;
}>;


export type LearningPlanQuery = { learningPlan: { solver: PlanSolver, optimal: boolean, totalMinutes: number, totalCost: number, currency: string | null, explanation: string, steps: Array<{ position: number, title: string, minutes: number, totalMinutes: number, raises: Array<{ skillName: string, fromLevel: number, toLevel: number }>, prerequisites: Array<{ skillName: string, level: number, metBy: string }> }>, eligibleCredentials: Array<{ title: string, afterStep: number }>, open: Array<{ skillName: string, requiredLevel: number, reason: OpenReason, explanation: string }> } };

export type CredentialProgressQueryVariables = Exact<{
  personId: string;
  credentialId: string;
  asOf?: string | null | undefined;
}>;


export type CredentialProgressQuery = { credentialProgress: { shareComplete: number, remainingMinutes: number, explanation: string, held: Array<{ title: string }>, expired: Array<{ title: string, expiresAt: string | null }>, missing: Array<{ title: string }>, rules: Array<{ rule: string, completeParts: number, satisfied: boolean }> }, nearestCredentials: Array<{ title: string, remainingMinutes: number, explanation: string }> };

export type MicroCoursesQueryVariables = Exact<{
  maxMinutes: number;
  maxCost: number;
  minLevel?: number;
  limit?: number | null | undefined;
}>;


export type MicroCoursesQuery = { courses: Array<{ id: string, title: string, durationMinutes: number, cost: number, currency: string, teachesConnection: { edges: Array<{ properties: { level: number }, node: { name: string } }> } }> };

export type RenewalsQueryVariables = Exact<{
  withinDays: number;
  orgUnitId?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type RenewalsQuery = { expiringCredentials: Array<{ personName: string, title: string, expiresAt: string, daysLeft: number, stacksAtRisk: Array<{ title: string, explanation: string }> }> };

export type CredentialStackQueryVariables = Exact<{
  credentialId: string;
}>;


export type CredentialStackQuery = { credentialStack: { rule: string | null, entries: Array<{ title: string, depth: number, mandatory: boolean | null, rule: string | null }> } };

export type CareerPathsQueryVariables = Exact<{
  from: CareerStart;
  toRoleId: string;
  k?: number | null | undefined;
  maxSteps?: number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type CareerPathsQuery = { careerPaths: { reachable: boolean, directCost: number, explanation: string, paths: Array<{ cost: number, explanation: string, steps: Array<{ roleTitle: string, cost: number, observedMoves: number, missing: Array<{ skillName: string, fromLevel: number, requiredLevel: number, suggestedCourses: Array<{ title: string, minutes: number }> }> }> }>, closestReachable: { roleTitle: string, costToTarget: number } | null } };

export type AdjacentRolesQueryVariables = Exact<{
  personId?: string | null | undefined;
  roleId?: string | null | undefined;
  first?: number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type AdjacentRolesQuery = { adjacentRoles: { weighting: { specificity: SpecificityKind, roleCount: number }, roles: Array<{ roleId: string, roleTitle: string, cost: number, score: number | null, observedMoves: number, explanation: string }> } };

export type GrowthPositionsQueryVariables = Exact<{
  personId?: string | null | undefined;
  orgUnitId?: string | null | undefined;
  first?: number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type GrowthPositionsQuery = { growthPositions: { positions: Array<{ roleTitle: string, orgUnitName: string, openings: number, fit: number, transitionCost: number, explanation: string }> } };

export type IssueCredentialsMutationVariables = Exact<{
  items: Array<CredentialIssueInput> | CredentialIssueInput;
  allOrNothing?: boolean | null | undefined;
}>;


export type IssueCredentialsMutation = { issueCredentials: { accepted: number, rejected: number, written: boolean, items: Array<{ index: number, accepted: boolean, issueId: string | null, claimCode: string | null, alreadyIssued: boolean, rejection: { field: string, reason: string } | null }> } };

export type IssuedCredentialsQueryVariables = Exact<{
  credentialId?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type IssuedCredentialsQuery = { issuedCredentials: Array<{ issueId: string, recipientKind: RecipientKind, recipient: string, credentialTitle: string, issuedAt: string, expiresAt: string | null, status: IssueStatus, revocationReason: string | null }> };

export type RevokeCredentialMutationVariables = Exact<{
  holdingId: string;
  reason: string;
}>;


export type RevokeCredentialMutation = { revokeCredential: { revokedAt: string, alreadyRevoked: boolean } };

export type ClaimCredentialMutationVariables = Exact<{
  claimCode?: string | null | undefined;
  offerId?: string | null | undefined;
}>;


export type ClaimCredentialMutation = { claimCredential: { alreadyClaimed: boolean, holding: { holdingId: string, credentialTitle: string, issuerId: string, expiresAt: string | null } } };

export type PublishCourseMutationVariables = Exact<{
  organizationId: string;
  course: CourseCreateInput;
  courseId: string;
}>;


export type PublishCourseMutation = { updateOrganizations: { organizations: Array<{ id: string, courses: Array<{ id: string, title: string, provider: { name: string } | null }> }> } };

export type IssueCredentialMutationVariables = Exact<{
  personId: string;
  credentialId: string;
  expiresAt?: string | null | undefined;
}>;


export type IssueCredentialMutation = { issueCredential: { holdingId: string, expiresAt: string | null } };

export type CandidatesForRoleQueryVariables = Exact<{
  roleId: string;
  filter?: CandidateFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type CandidatesForRoleQuery = { candidatesForRole: { edges: Array<{ cursor: string, node: { personId: string, name: string, orgUnitName: string | null, fit: number, explanation: string, matched: Array<{ skillName: string, effectiveLevel: number, evidence: Array<{ source: string, level: number }> }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ComposeTeamQueryVariables = Exact<{
  requirements: Array<TeamRequirementInput> | TeamRequirementInput;
  constraints?: TeamConstraintsInput | null | undefined;
  asOf?: string | null | undefined;
}>;


export type ComposeTeamQuery = { composeTeam: { size: number, solver: TeamSolver, optimal: boolean, lowerBound: number, explanation: string, members: Array<{ personId: string, name: string, orgUnitName: string | null, availability: number, fit: number, covers: Array<{ skillName: string, level: number, evidence: Array<{ source: string, level: number, credentialTitle: string | null }> }> }>, coverage: Array<{ skillName: string, minLevel: number, count: number, coveredBy: Array<string>, met: boolean }>, uncovered: Array<{ skillName: string, bestLevel: number, explanation: string }> } };

export type BenchStrengthQueryVariables = Exact<{
  roleId: string;
  minFit?: number | null | undefined;
  orgUnitId?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type BenchStrengthQuery = { benchStrength: { count: number, people: Array<{ personId: string, name: string, fit: number, explanation: string }> } };

export type PlanningQueryVariables = Exact<{
  orgUnitName: string;
  skillName: string;
  minLevel?: number;
}>;


export type PlanningQuery = { people: Array<{ id: string, name: string, availability: number, currentRole: { title: string } | null }>, orgUnits: Array<{ id: string, name: string, positionsConnection: { edges: Array<{ properties: { headcount: number, openings: number }, node: { title: string } }> } }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { subject: string, audiences: Array<Audience>, person: { id: string, name: string } | null, organization: { id: string, name: string } | null, orgUnits: Array<{ id: string, name: string }> } };

export type SkillGapQueryVariables = Exact<{
  personId: string;
  roleId: string;
  includeNarrower?: boolean | null | undefined;
  asOf?: string | null | undefined;
}>;


export type SkillGapQuery = { skillGap: { personName: string, roleTitle: string, fit: number, essentialCoverage: number, missingEssentials: number, requirements: Array<{ skillName: string, requiredLevel: number, importance: Importance, effectiveLevel: number, deficit: number, metViaNarrower: boolean, explanation: string, evidence: Array<{ source: string, level: number, countsAs: number, credentialTitle: string | null, assessedAt: string | null, validUntil: string | null }>, expiredEvidence: Array<{ source: string, level: number, validUntil: string | null }> }> } };

export type ProfileQueryVariables = Exact<{
  query: string;
  email: string;
}>;


export type ProfileQuery = { searchSkills: Array<{ id: string, name: string, altLabels: Array<string> }>, people: Array<{ id: string, name: string, currentRole: { title: string } | null, skillsConnection: { edges: Array<{ properties: { level: number, source: EvidenceSource, validUntil: string | null }, node: { name: string } }> }, credentialsConnection: { edges: Array<{ properties: { issuedAt: string, expiresAt: string | null, verified: boolean }, node: { title: string } }> } }> };

export type WalletQueryVariables = Exact<{
  personId?: string | null | undefined;
}>;


export type WalletQuery = { wallet: Array<{ holdingId: string, credentialId: string, title: string, status: WalletStatus, verified: boolean, imported: boolean, issuedAt: string, expiresAt: string | null, issuer: { id: string, name: string } | null }> };

export type ExportCredentialQueryVariables = Exact<{
  holdingId: string;
}>;


export type ExportCredentialQuery = { exportCredential: { holdingId: string, mediaType: string, jws: string, credential: Record<string, unknown> } };

export type VerifyCredentialQueryVariables = Exact<{
  credential: string;
}>;


export type VerifyCredentialQuery = { verifyCredential: { valid: boolean, checks: Array<{ check: string, ok: boolean, reason: string | null }> } };

export type CredentialOffersQueryVariables = Exact<{ [key: string]: never; }>;


export type CredentialOffersQuery = { credentialOffers: Array<{ offerId: string, credentialId: string, credentialTitle: string, issuedAt: string, expiresAt: string | null, issuer: { id: string, name: string } }> };

export type ExportCredentialStackQueryVariables = Exact<{
  holdingId: string;
}>;


export type ExportCredentialStackQuery = { exportCredentialStack: { holdingId: string, jws: string, credential: Record<string, unknown> } };

export type ImportCredentialMutationVariables = Exact<{
  credential: string;
}>;


export type ImportCredentialMutation = { importCredential: { holdingId: string, alreadyImported: boolean, skills: Array<{ skillId: string, level: number }>, unmappedAlignments: Array<{ targetUrl: string | null, reason: string }> } };

export type CredentialComplianceQueryVariables = Exact<{
  credentialId: string;
}>;


export type CredentialComplianceQuery = { credentialCompliance: { compliant: boolean, missing: Array<string>, elements: Array<{ element: string, present: boolean, value: string | null }> } };


export const LearningPlanDocument = {"__meta__":{"hash":"sha256:c3dd8ffd09a566ac978c95b2ae0a9b918d2d6c37b93ed7b8cf6c97c21abfebd2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LearningPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"target"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LearningTarget"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"options"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LearningPlanOptions"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"learningPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"Variable","name":{"kind":"Name","value":"target"}}},{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"Variable","name":{"kind":"Name","value":"options"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"solver"}},{"kind":"Field","name":{"kind":"Name","value":"optimal"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"raises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillName"}},{"kind":"Field","name":{"kind":"Name","value":"fromLevel"}},{"kind":"Field","name":{"kind":"Name","value":"toLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prerequisites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"metBy"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibleCredentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"afterStep"}}]}},{"kind":"Field","name":{"kind":"Name","value":"open"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillName"}},{"kind":"Field","name":{"kind":"Name","value":"requiredLevel"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]}}]} as unknown as DocumentNode<LearningPlanQuery, LearningPlanQueryVariables>;
export const CredentialProgressDocument = {"__meta__":{"hash":"sha256:4f0f507e4da9c96e0f513567a5456236625b353a57137efb1da7c391f5b1e6c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CredentialProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"credentialId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credentialProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"credentialId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"credentialId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareComplete"}},{"kind":"Field","name":{"kind":"Name","value":"held"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expired"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"completeParts"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remainingMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nearestCredentials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"remainingMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]} as unknown as DocumentNode<CredentialProgressQuery, CredentialProgressQueryVariables>;
export const MicroCoursesDocument = {"__meta__":{"hash":"sha256:9f98477c170a250deedee7e0acce593e1a41dd65ac60dfe68e37aa8ebc70db78"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MicroCourses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxMinutes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxCost"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minLevel"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"3"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"durationMinutes"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"lte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxMinutes"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"cost"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"lt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxCost"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"teachesConnection"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"edge"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"level"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minLevel"}}}]}}]}}]}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"durationMinutes"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"teachesConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"edge"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"level"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minLevel"}}}]}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MicroCoursesQuery, MicroCoursesQueryVariables>;
export const RenewalsDocument = {"__meta__":{"hash":"sha256:4342e44c0427e0099d4a3fcf4827f824e8f1a1def40395be34dba97b5323f1a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Renewals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PositiveInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiringCredentials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"withinDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"orgUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"stacksAtRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]}}]} as unknown as DocumentNode<RenewalsQuery, RenewalsQueryVariables>;
export const CredentialStackDocument = {"__meta__":{"hash":"sha256:0650d1fee93156f1507768410de392c13d3e70c0bc8cc2cf7f54f5faca015b2f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CredentialStack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"credentialId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credentialStack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"credentialId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"credentialId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<CredentialStackQuery, CredentialStackQueryVariables>;
export const CareerPathsDocument = {"__meta__":{"hash":"sha256:ebea9ddf57346cd578c84de305bdd9e672519ba8441c7a3a852e049b0754e8b7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CareerPaths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CareerStart"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toRoleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"k"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"3"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxSteps"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"4"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careerPaths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"toRoleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toRoleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"k"},"value":{"kind":"Variable","name":{"kind":"Name","value":"k"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxSteps"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxSteps"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reachable"}},{"kind":"Field","name":{"kind":"Name","value":"directCost"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"paths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"observedMoves"}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillName"}},{"kind":"Field","name":{"kind":"Name","value":"fromLevel"}},{"kind":"Field","name":{"kind":"Name","value":"requiredLevel"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedCourses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"closestReachable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"costToTarget"}}]}}]}}]}}]} as unknown as DocumentNode<CareerPathsQuery, CareerPathsQueryVariables>;
export const AdjacentRolesDocument = {"__meta__":{"hash":"sha256:e187c30c161e12eb64f5ce7d8e45b4958447fbb81e35887260077182727fdfe3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdjacentRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjacentRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"roleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weighting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specificity"}},{"kind":"Field","name":{"kind":"Name","value":"roleCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleId"}},{"kind":"Field","name":{"kind":"Name","value":"roleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"observedMoves"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]}}]} as unknown as DocumentNode<AdjacentRolesQuery, AdjacentRolesQueryVariables>;
export const GrowthPositionsDocument = {"__meta__":{"hash":"sha256:3c7ca611cde8ff1e026fe802ca0e7228407a2edd735cbef2c76c85d5d713e2a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrowthPositions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PositiveInt"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"growthPositions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"orgUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"openings"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"transitionCost"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]}}]} as unknown as DocumentNode<GrowthPositionsQuery, GrowthPositionsQueryVariables>;
export const IssueCredentialsDocument = {"__meta__":{"hash":"sha256:80b07d909b43be9f56a95d0da18cdbf6edbd93bc190312a56ed7823bb6d730d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueCredentials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"items"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialIssueInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allOrNothing"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueCredentials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"items"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}},{"kind":"Argument","name":{"kind":"Name","value":"allOrNothing"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allOrNothing"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"issueId"}},{"kind":"Field","name":{"kind":"Name","value":"claimCode"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyIssued"}},{"kind":"Field","name":{"kind":"Name","value":"rejection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IssueCredentialsMutation, IssueCredentialsMutationVariables>;
export const IssuedCredentialsDocument = {"__meta__":{"hash":"sha256:cfaac6dc01d40defff4d9b73b6d0263a38642c6ba8e8a2cab614c1b8dd1feb3c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IssuedCredentials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"credentialId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PositiveInt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuedCredentials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"credentialId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"credentialId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueId"}},{"kind":"Field","name":{"kind":"Name","value":"recipientKind"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"credentialTitle"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}}]}}]}}]} as unknown as DocumentNode<IssuedCredentialsQuery, IssuedCredentialsQueryVariables>;
export const RevokeCredentialDocument = {"__meta__":{"hash":"sha256:d02fefe5d836e1a37c2c799af1c0c7d90dbc8a784ef68b04245cd9363cecfc5f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"holdingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"holdingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"holdingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyRevoked"}}]}}]}}]} as unknown as DocumentNode<RevokeCredentialMutation, RevokeCredentialMutationVariables>;
export const ClaimCredentialDocument = {"__meta__":{"hash":"sha256:1f76b5fe124397f8cfb072fd7b6971bd45e4049ca3368f036181d1c2821bd0d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"claimCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"claimCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"claimCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"offerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdingId"}},{"kind":"Field","name":{"kind":"Name","value":"credentialTitle"}},{"kind":"Field","name":{"kind":"Name","value":"issuerId"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alreadyClaimed"}}]}}]}}]} as unknown as DocumentNode<ClaimCredentialMutation, ClaimCredentialMutationVariables>;
export const PublishCourseDocument = {"__meta__":{"hash":"sha256:fcf36aed78d6a2d2703ca1dd4db1d2632dc24276652038a2a9ed83e76b99eed7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"course"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CourseCreateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"courseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"update"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"courses"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"create"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"node"},"value":{"kind":"Variable","name":{"kind":"Name","value":"course"}}}]}]}}]}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"courses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"courseId"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublishCourseMutation, PublishCourseMutationVariables>;
export const IssueCredentialDocument = {"__meta__":{"hash":"sha256:b5c44b48a65fefb409abafb59d996463ff3fcb06536c83382300599854506312"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"credentialId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expiresAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"credentialId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"credentialId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expiresAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expiresAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdingId"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<IssueCredentialMutation, IssueCredentialMutationVariables>;
export const CandidatesForRoleDocument = {"__meta__":{"hash":"sha256:d70587d4d2942535021dfbb4ff73edcc267f3fd07c23f8da72cbe41868d7e85a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidatesForRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CandidateFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PositiveInt"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidatesForRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"matched"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillName"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveLevel"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CandidatesForRoleQuery, CandidatesForRoleQueryVariables>;
export const ComposeTeamDocument = {"__meta__":{"hash":"sha256:ccfa2f8bf7f91c9194ac6ab30e08acf3e74df96e9246478cf804537045d0fc72"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComposeTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requirements"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamRequirementInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"constraints"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamConstraintsInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"composeTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requirements"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requirements"}}},{"kind":"Argument","name":{"kind":"Name","value":"constraints"},"value":{"kind":"Variable","name":{"kind":"Name","value":"constraints"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"solver"}},{"kind":"Field","name":{"kind":"Name","value":"optimal"}},{"kind":"Field","name":{"kind":"Name","value":"lowerBound"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"covers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"credentialTitle"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillName"}},{"kind":"Field","name":{"kind":"Name","value":"minLevel"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"coveredBy"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncovered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillName"}},{"kind":"Field","name":{"kind":"Name","value":"bestLevel"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]}}]} as unknown as DocumentNode<ComposeTeamQuery, ComposeTeamQueryVariables>;
export const BenchStrengthDocument = {"__meta__":{"hash":"sha256:251fcbeb2e91a3660588a99823abf0264dc0fbe6d7e2bf53ea9c2449d8274c58"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchStrength"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minFit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}},"defaultValue":{"kind":"FloatValue","value":"0.8"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benchStrength"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"minFit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minFit"}}},{"kind":"Argument","name":{"kind":"Name","value":"orgUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]}}]} as unknown as DocumentNode<BenchStrengthQuery, BenchStrengthQueryVariables>;
export const PlanningDocument = {"__meta__":{"hash":"sha256:4bdc0584898692a1ddca63fe8eee8fa2477ae36d3cf8fca53f2ee5456888af9f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Planning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skillName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minLevel"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"orgUnit"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitName"}}}]}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"skillsConnection"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"edge"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"level"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minLevel"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"source"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"EnumValue","value":"ASSESSED"}}]}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"node"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skillName"}}}]}}]}}]}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"currentRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"positionsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"edge"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"openings"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"gt"},"value":{"kind":"IntValue","value":"0"}}]}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"openings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanningQuery, PlanningQueryVariables>;
export const MeDocument = {"__meta__":{"hash":"sha256:081dcd07b01654b73c237dc6429ae0f3cca56f96f22cf61ba79741abc7371153"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SkillGapDocument = {"__meta__":{"hash":"sha256:f227eab2ace41f1e3d915493cda4bbdfb32c50ed0f155f22c6e2addce638b57d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SkillGap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeNarrower"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillGap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"roleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeNarrower"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeNarrower"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"roleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"essentialCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"missingEssentials"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillName"}},{"kind":"Field","name":{"kind":"Name","value":"requiredLevel"}},{"kind":"Field","name":{"kind":"Name","value":"importance"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveLevel"}},{"kind":"Field","name":{"kind":"Name","value":"deficit"}},{"kind":"Field","name":{"kind":"Name","value":"metViaNarrower"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"countsAs"}},{"kind":"Field","name":{"kind":"Name","value":"credentialTitle"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiredEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SkillGapQuery, SkillGapQueryVariables>;
export const ProfileDocument = {"__meta__":{"hash":"sha256:a78e6dd57268b4fdb7595902dd5b7d6d67c88c2965a744e1e5ca016376400d96"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Profile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchText"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailAddress"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchSkills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"altLabels"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currentRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skillsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"edge"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"DESC"}}]}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentialsConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProfileQuery, ProfileQueryVariables>;
export const WalletDocument = {"__meta__":{"hash":"sha256:7f19624b76c18d91e550b14f537607fd0caa7bc44c0ea174e77d11d33df5803a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Wallet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wallet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdingId"}},{"kind":"Field","name":{"kind":"Name","value":"credentialId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<WalletQuery, WalletQueryVariables>;
export const ExportCredentialDocument = {"__meta__":{"hash":"sha256:dac5c1a0791a868c47c223a77b6f8b25d2c0fe8a2dbb65920f71156518b98748"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"holdingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"holdingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"holdingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdingId"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"jws"}},{"kind":"Field","name":{"kind":"Name","value":"credential"}}]}}]}}]} as unknown as DocumentNode<ExportCredentialQuery, ExportCredentialQueryVariables>;
export const VerifyCredentialDocument = {"__meta__":{"hash":"sha256:a671486a844ee999ac4d2ce1747d4adcd73a7eb44e676763d50edcf0348038b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"credential"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"credential"},"value":{"kind":"Variable","name":{"kind":"Name","value":"credential"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyCredentialQuery, VerifyCredentialQueryVariables>;
export const CredentialOffersDocument = {"__meta__":{"hash":"sha256:642bbc08facd268d27b1c79231bc2c3b225c6da572bc27f39589e76599c22041"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CredentialOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credentialOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"credentialId"}},{"kind":"Field","name":{"kind":"Name","value":"credentialTitle"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<CredentialOffersQuery, CredentialOffersQueryVariables>;
export const ExportCredentialStackDocument = {"__meta__":{"hash":"sha256:12cb233cae2a30d0b99faeaceb4f3eaaeb9237aea4ac03f965f235f1f27b9bad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportCredentialStack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"holdingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportCredentialStack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"holdingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"holdingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdingId"}},{"kind":"Field","name":{"kind":"Name","value":"jws"}},{"kind":"Field","name":{"kind":"Name","value":"credential"}}]}}]}}]} as unknown as DocumentNode<ExportCredentialStackQuery, ExportCredentialStackQueryVariables>;
export const ImportCredentialDocument = {"__meta__":{"hash":"sha256:6ac8779f5f3f7082983f5ce2bb68a373e76c3e948ed37f90f35e8fedbd07ff5f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"credential"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"credential"},"value":{"kind":"Variable","name":{"kind":"Name","value":"credential"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdingId"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyImported"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unmappedAlignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetUrl"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ImportCredentialMutation, ImportCredentialMutationVariables>;
export const CredentialComplianceDocument = {"__meta__":{"hash":"sha256:82c78f73c21304f509cc46716c5c7706ca2a29e79ff85deea91efa6cbfa1bcf6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CredentialCompliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"credentialId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credentialCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"credentialId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"credentialId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"elements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"element"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<CredentialComplianceQuery, CredentialComplianceQueryVariables>;