import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { TransitionGap as TransitionGapModel } from '../domain/transition-cost';
import type { RequestContext } from '../server/context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A country code as defined by ISO 3166-1 alpha-2 */
  CountryCode: { input: string; output: string; }
  /** A field whose value is a Currency: https://en.wikipedia.org/wiki/ISO_4217. */
  Currency: { input: string; output: string; }
  /** A date, represented as a 'yyyy-mm-dd' string */
  Date: { input: string; output: string; }
  /** A date and time, represented as an ISO-8601 string */
  DateTime: { input: string; output: string; }
  /** A field whose value conforms to the standard internet email address format as specified in HTML Spec: https://html.spec.whatwg.org/multipage/input.html#valid-e-mail-address. */
  EmailAddress: { input: string; output: string; }
  /** A share from 0 to 1 inclusive. */
  Fraction: { input: number; output: number; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** The locale in the format of a BCP 47 (RFC 5646) standard string */
  Locale: { input: string; output: string; }
  /** Floats that will have a value of 0 or more. */
  NonNegativeFloat: { input: number; output: number; }
  /** A whole number of 1 or more. */
  PositiveInt: { input: number; output: number; }
  /** Proficiency level 1-5. */
  Proficiency: { input: number; output: number; }
  /** Search text, 1 to 200 characters. */
  SearchText: { input: string; output: string; }
  /** A field whose value conforms to the standard URL format as specified in RFC3986: https://www.ietf.org/rfc/rfc3986.txt. */
  URL: { input: string; output: string; }
};

/** One read of a person's data by someone else: who, as which audience, when, through which operation; never what was read. */
export type AccessRecord = {
  __typename?: 'AccessRecord';
  /** The reader's token subject (a person id for employees, a client id otherwise). */
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  audience: Audience;
  /** The query or mutation field that read it, such as people, skillGap or candidatesForRole. */
  operation: Scalars['String']['output'];
};

export type AdjacentRoles = {
  __typename?: 'AdjacentRoles';
  from: TransitionStart;
  rankedBy: MobilityRanking;
  roles: Array<RoleTransition>;
  /** Roles ranked (within maxCost; the start and roles without requirements left out). */
  rolesConsidered: Scalars['Int']['output'];
  /** The signals that ordered the roles (by BLEND): those this start has (semantic and hierarchy need a role) with their weights. */
  signalsUsed: Array<RankingSignalWeight>;
  weighting: TransitionWeighting;
};

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
  eq?: InputMaybe<AssessmentType>;
  in?: InputMaybe<Array<AssessmentType>>;
};

/** AssessmentType mutations */
export type AssessmentTypeEnumScalarMutations = {
  set?: InputMaybe<AssessmentType>;
};

/** The audiences a token may carry (README, 'Who may see and change what'). */
export type Audience =
  | 'ADMIN'
  | 'EMPLOYEE'
  | 'PARTNER'
  | 'PLANNER';

export type BenchStrength = {
  __typename?: 'BenchStrength';
  /** False only when the database's judgement of the people listed still disagreed with the workforce index after a rebuild. */
  complete: Scalars['Boolean']['output'];
  /** How many people have a fit of minFit or more now. */
  count: Scalars['Int']['output'];
  explanation: Scalars['String']['output'];
  /** Whether narrower skills counted for their broader skills one level down (the request's includeNarrower). */
  includeNarrower: Scalars['Boolean']['output'];
  minFit: Scalars['Float']['output'];
  /** The best of them (at most 100), with why. */
  people: Array<RoleCandidate>;
  roleId: Scalars['ID']['output'];
  roleTitle: Scalars['String']['output'];
};

/** Boolean filters */
export type BooleanScalarFilters = {
  eq?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Boolean mutations */
export type BooleanScalarMutations = {
  set?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CandidateFilter = {
  /** Leave out people who hold the role now (default false). */
  excludeCurrentHolders?: InputMaybe<Scalars['Boolean']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  /** Only people with at least this share of an FTE free (default 0). */
  minAvailability?: InputMaybe<Scalars['Fraction']['input']>;
  /** Only members of this org unit or the units below it. */
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
};

export type CandidatePageInfo = {
  __typename?: 'CandidatePageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type CareerPath = {
  __typename?: 'CareerPath';
  /** The sum of the steps' costs. */
  cost: Scalars['Float']['output'];
  explanation: Scalars['String']['output'];
  /** The roles after the start, in order; the last is the target. */
  roleIds: Array<Scalars['ID']['output']>;
  steps: Array<RoleTransition>;
};

export type CareerPaths = {
  __typename?: 'CareerPaths';
  /** When no path exists within maxSteps: the reachable role closest to the target. */
  closestReachable?: Maybe<ClosestReachable>;
  /** The cost of moving straight to the target, for comparison (a step of the graph only when the two are close). */
  directCost: Scalars['Float']['output'];
  explanation: Scalars['String']['output'];
  from: TransitionStart;
  k: Scalars['Int']['output'];
  maxSteps: Scalars['Int']['output'];
  /** A step goes to one of this many cheapest roles from where one stands, or along an observed move. */
  neighbours: Scalars['Int']['output'];
  /** At most k, cheapest first, all distinct; empty when the target is out of reach. */
  paths: Array<CareerPath>;
  reachable: Scalars['Boolean']['output'];
  toRoleId: Scalars['ID']['output'];
  toRoleTitle: Scalars['String']['output'];
  weighting: TransitionWeighting;
};

/** Exactly one of the two. */
export type CareerStart = {
  personId?: InputMaybe<Scalars['ID']['input']>;
  roleId?: InputMaybe<Scalars['ID']['input']>;
};

export type ClaimReceipt = {
  __typename?: 'ClaimReceipt';
  /** True when you had claimed it before: nothing changed. */
  alreadyClaimed: Scalars['Boolean']['output'];
  holding: HoldingReceipt;
};

export type ClosestReachable = {
  __typename?: 'ClosestReachable';
  /** The transition cost from this role on to the target. */
  costToTarget: Scalars['Float']['output'];
  /** The cheapest way to it. */
  path: CareerPath;
  roleId: Scalars['ID']['output'];
  roleTitle: Scalars['String']['output'];
};

/**
 * The edge properties for the following fields:
 * * Course.completedBy
 * * Person.completedCourses
 */
export type Completion = {
  __typename?: 'Completion';
  completedAt: Scalars['DateTime']['output'];
  /** Where the completion can be checked (a certificate, a transcript), when given. */
  evidenceUrl?: Maybe<Scalars['URL']['output']>;
  /** False when the person recorded it themselves (recordCompletion): counted at most like a self-assessment; null or true otherwise. */
  verified?: Maybe<Scalars['Boolean']['output']>;
};

export type CompletionAggregationWhereInput = {
  AND?: InputMaybe<Array<CompletionAggregationWhereInput>>;
  NOT?: InputMaybe<CompletionAggregationWhereInput>;
  OR?: InputMaybe<Array<CompletionAggregationWhereInput>>;
  completedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
};

export type CompletionCreateInput = {
  completedAt: Scalars['DateTime']['input'];
  evidenceUrl?: InputMaybe<Scalars['URL']['input']>;
  verified?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A completed course as recorded. */
export type CompletionReceipt = {
  __typename?: 'CompletionReceipt';
  completedAt: Scalars['DateTime']['output'];
  courseId: Scalars['ID']['output'];
  courseTitle: Scalars['String']['output'];
  evidenceUrl?: Maybe<Scalars['URL']['output']>;
  personId: Scalars['ID']['output'];
  /** False for a completion you recorded yourself; true when the provider or an admin recorded it. */
  verified: Scalars['Boolean']['output'];
};

export type CompletionSort = {
  completedAt?: InputMaybe<SortDirection>;
  evidenceUrl?: InputMaybe<SortDirection>;
  verified?: InputMaybe<SortDirection>;
};

export type CompletionUpdateInput = {
  completedAt?: InputMaybe<DateTimeScalarMutations>;
  evidenceUrl?: InputMaybe<UrlScalarMutations>;
  verified?: InputMaybe<BooleanScalarMutations>;
};

export type CompletionWhere = {
  AND?: InputMaybe<Array<CompletionWhere>>;
  NOT?: InputMaybe<CompletionWhere>;
  OR?: InputMaybe<Array<CompletionWhere>>;
  completedAt?: InputMaybe<DateTimeScalarFilters>;
  evidenceUrl?: InputMaybe<UrlScalarFilters>;
  verified?: InputMaybe<BooleanScalarFilters>;
};

/** One element of Annex I of the Council Recommendation on micro-credentials (2022/C 243/02). */
export type ComplianceElement = {
  __typename?: 'ComplianceElement';
  element: Scalars['String']['output'];
  mandatory: Scalars['Boolean']['output'];
  /** Where the element comes from, or what to add. */
  note: Scalars['String']['output'];
  present: Scalars['Boolean']['output'];
  /** What the credential says, in words; null when missing. */
  value?: Maybe<Scalars['String']['output']>;
};

export type ComposedTeam = {
  __typename?: 'ComposedTeam';
  asOf: Scalars['DateTime']['output'];
  candidatesAfterPruning: Scalars['Int']['output'];
  candidatesConsidered: Scalars['Int']['output'];
  coverage: Array<RequirementCoverage>;
  explanation: Scalars['String']['output'];
  /** Whether narrower skills counted for their broader skills one level down (the request's includeNarrower). */
  includeNarrower: Scalars['Boolean']['output'];
  /** No team covering what can be covered has fewer members. */
  lowerBound: Scalars['Int']['output'];
  members: Array<TeamMember>;
  /** True when the exact solver proved no smaller (or, at the same size, better) team exists. */
  optimal: Scalars['Boolean']['output'];
  size: Scalars['Int']['output'];
  solver: TeamSolver;
  uncovered: Array<UncoveredRequirement>;
};

export type ConnectionAggregationCountFilterInput = {
  edges?: InputMaybe<IntScalarFilters>;
  nodes?: InputMaybe<IntScalarFilters>;
};

export type Count = {
  __typename?: 'Count';
  nodes: Scalars['Int']['output'];
};

export type CountConnection = {
  __typename?: 'CountConnection';
  edges: Scalars['Int']['output'];
  nodes: Scalars['Int']['output'];
};

/** CountryCode filters */
export type CountryCodeScalarFilters = {
  eq?: InputMaybe<Scalars['CountryCode']['input']>;
  in?: InputMaybe<Array<Scalars['CountryCode']['input']>>;
};

/** CountryCode filters */
export type CountryCodeScalarMutations = {
  set?: InputMaybe<Scalars['CountryCode']['input']>;
};

/** A micro-course, usually 15 to 60 minutes, that raises skills to a level. */
export type Course = {
  __typename?: 'Course';
  completedBy: Array<Person>;
  completedByConnection: CourseCompletedByConnection;
  /** Allowed: a number of 0 or more. */
  cost: Scalars['Float']['output'];
  currency: Scalars['Currency']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** Allowed: a whole number of 1 or more. */
  durationMinutes: Scalars['Int']['output'];
  format: DeliveryFormat;
  id: Scalars['ID']['output'];
  language: Scalars['Locale']['output'];
  preparesFor: Array<Credential>;
  preparesForConnection: CoursePreparesForConnection;
  /** Skill levels a learner needs before taking the course. */
  prerequisites: Array<Skill>;
  prerequisitesConnection: CoursePrerequisitesConnection;
  provider?: Maybe<Organization>;
  providerConnection: CourseProviderConnection;
  /** Skills the course teaches, each up to a level. */
  teaches: Array<Skill>;
  teachesConnection: CourseTeachesConnection;
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['URL']['output']>;
};


/** A micro-course, usually 15 to 60 minutes, that raises skills to a level. */
export type CourseCompletedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonSort>>;
  where?: InputMaybe<PersonWhere>;
};


/** A micro-course, usually 15 to 60 minutes, that raises skills to a level. */
export type CourseCompletedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CourseCompletedByConnectionSort>>;
  where?: InputMaybe<CourseCompletedByConnectionWhere>;
};


/** A micro-course, usually 15 to 60 minutes, that raises skills to a level. */
export type CoursePreparesForArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CredentialSort>>;
  where?: InputMaybe<CredentialWhere>;
};


/** A micro-course, usually 15 to 60 minutes, that raises skills to a level. */
export type CoursePreparesForConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CoursePreparesForConnectionSort>>;
  where?: InputMaybe<CoursePreparesForConnectionWhere>;
};


/** A micro-course, usually 15 to 60 minutes, that raises skills to a level. */
export type CoursePrerequisitesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SkillSort>>;
  where?: InputMaybe<SkillWhere>;
};


/** A micro-course, usually 15 to 60 minutes, that raises skills to a level. */
export type CoursePrerequisitesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CoursePrerequisitesConnectionSort>>;
  where?: InputMaybe<CoursePrerequisitesConnectionWhere>;
};


/** A micro-course, usually 15 to 60 minutes, that raises skills to a level. */
export type CourseTeachesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SkillSort>>;
  where?: InputMaybe<SkillWhere>;
};


/** A micro-course, usually 15 to 60 minutes, that raises skills to a level. */
export type CourseTeachesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CourseTeachesConnectionSort>>;
  where?: InputMaybe<CourseTeachesConnectionWhere>;
};

export type CourseAggregate = {
  __typename?: 'CourseAggregate';
  count: Count;
  node: CourseAggregateNode;
};

export type CourseAggregateNode = {
  __typename?: 'CourseAggregateNode';
  cost: FloatAggregateSelection;
  description: StringAggregateSelection;
  durationMinutes: IntAggregateSelection;
  title: StringAggregateSelection;
};

export type CourseCompletedByConnectFieldInput = {
  connect?: InputMaybe<Array<PersonConnectInput>>;
  edge: CompletionCreateInput;
  where?: InputMaybe<PersonConnectWhere>;
};

export type CourseCompletedByConnection = {
  __typename?: 'CourseCompletedByConnection';
  aggregate: CoursePersonCompletedByAggregateSelection;
  edges: Array<CourseCompletedByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CourseCompletedByConnectionAggregateInput = {
  AND?: InputMaybe<Array<CourseCompletedByConnectionAggregateInput>>;
  NOT?: InputMaybe<CourseCompletedByConnectionAggregateInput>;
  OR?: InputMaybe<Array<CourseCompletedByConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<CompletionAggregationWhereInput>;
  node?: InputMaybe<CourseCompletedByNodeAggregationWhereInput>;
};

export type CourseCompletedByConnectionFilters = {
  /** Filter Courses by aggregating results on related CourseCompletedByConnections */
  aggregate?: InputMaybe<CourseCompletedByConnectionAggregateInput>;
  /** Return Courses where all of the related CourseCompletedByConnections match this filter */
  all?: InputMaybe<CourseCompletedByConnectionWhere>;
  /** Return Courses where none of the related CourseCompletedByConnections match this filter */
  none?: InputMaybe<CourseCompletedByConnectionWhere>;
  /** Return Courses where one of the related CourseCompletedByConnections match this filter */
  single?: InputMaybe<CourseCompletedByConnectionWhere>;
  /** Return Courses where some of the related CourseCompletedByConnections match this filter */
  some?: InputMaybe<CourseCompletedByConnectionWhere>;
};

export type CourseCompletedByConnectionSort = {
  edge?: InputMaybe<CompletionSort>;
  node?: InputMaybe<PersonSort>;
};

export type CourseCompletedByConnectionWhere = {
  AND?: InputMaybe<Array<CourseCompletedByConnectionWhere>>;
  NOT?: InputMaybe<CourseCompletedByConnectionWhere>;
  OR?: InputMaybe<Array<CourseCompletedByConnectionWhere>>;
  edge?: InputMaybe<CompletionWhere>;
  node?: InputMaybe<PersonWhere>;
};

export type CourseCompletedByCreateFieldInput = {
  edge: CompletionCreateInput;
  node: PersonCreateInput;
};

export type CourseCompletedByDeleteFieldInput = {
  delete?: InputMaybe<PersonDeleteInput>;
  where?: InputMaybe<CourseCompletedByConnectionWhere>;
};

export type CourseCompletedByDisconnectFieldInput = {
  disconnect?: InputMaybe<PersonDisconnectInput>;
  where?: InputMaybe<CourseCompletedByConnectionWhere>;
};

export type CourseCompletedByFieldInput = {
  connect?: InputMaybe<Array<CourseCompletedByConnectFieldInput>>;
  create?: InputMaybe<Array<CourseCompletedByCreateFieldInput>>;
};

export type CourseCompletedByNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<CourseCompletedByNodeAggregationWhereInput>>;
  NOT?: InputMaybe<CourseCompletedByNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<CourseCompletedByNodeAggregationWhereInput>>;
  availability?: InputMaybe<FloatScalarAggregationFilters>;
  location?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type CourseCompletedByRelationship = {
  __typename?: 'CourseCompletedByRelationship';
  cursor: Scalars['String']['output'];
  node: Person;
  properties: Completion;
};

export type CourseCompletedByUpdateConnectionInput = {
  edge?: InputMaybe<CompletionUpdateInput>;
  node?: InputMaybe<PersonUpdateInput>;
  where?: InputMaybe<CourseCompletedByConnectionWhere>;
};

export type CourseCompletedByUpdateFieldInput = {
  connect?: InputMaybe<Array<CourseCompletedByConnectFieldInput>>;
  create?: InputMaybe<Array<CourseCompletedByCreateFieldInput>>;
  delete?: InputMaybe<Array<CourseCompletedByDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<CourseCompletedByDisconnectFieldInput>>;
  update?: InputMaybe<CourseCompletedByUpdateConnectionInput>;
};

export type CourseConnectInput = {
  completedBy?: InputMaybe<Array<CourseCompletedByConnectFieldInput>>;
  preparesFor?: InputMaybe<Array<CoursePreparesForConnectFieldInput>>;
  prerequisites?: InputMaybe<Array<CoursePrerequisitesConnectFieldInput>>;
  teaches?: InputMaybe<Array<CourseTeachesConnectFieldInput>>;
};

export type CourseConnectWhere = {
  node: CourseWhere;
};

export type CourseCreateInput = {
  completedBy?: InputMaybe<CourseCompletedByFieldInput>;
  /** Allowed: a number of 0 or more. */
  cost: Scalars['Float']['input'];
  currency: Scalars['Currency']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  /** Allowed: a whole number of 1 or more. */
  durationMinutes: Scalars['Int']['input'];
  format: DeliveryFormat;
  id: Scalars['ID']['input'];
  language: Scalars['Locale']['input'];
  preparesFor?: InputMaybe<CoursePreparesForFieldInput>;
  prerequisites?: InputMaybe<CoursePrerequisitesFieldInput>;
  provider?: InputMaybe<CourseProviderFieldInput>;
  teaches?: InputMaybe<CourseTeachesFieldInput>;
  title: Scalars['String']['input'];
  url?: InputMaybe<Scalars['URL']['input']>;
};

export type CourseCredentialPreparesForAggregateSelection = {
  __typename?: 'CourseCredentialPreparesForAggregateSelection';
  count: CountConnection;
  node?: Maybe<CourseCredentialPreparesForNodeAggregateSelection>;
};

export type CourseCredentialPreparesForNodeAggregateSelection = {
  __typename?: 'CourseCredentialPreparesForNodeAggregateSelection';
  description: StringAggregateSelection;
  ects: FloatAggregateSelection;
  eqfLevel: IntAggregateSelection;
  gradingScheme: StringAggregateSelection;
  identityVerification: StringAggregateSelection;
  qualityAssurance: StringAggregateSelection;
  requiredParts: IntAggregateSelection;
  title: StringAggregateSelection;
  validityMonths: IntAggregateSelection;
  workloadHours: FloatAggregateSelection;
};

export type CourseDeleteInput = {
  completedBy?: InputMaybe<Array<CourseCompletedByDeleteFieldInput>>;
  preparesFor?: InputMaybe<Array<CoursePreparesForDeleteFieldInput>>;
  prerequisites?: InputMaybe<Array<CoursePrerequisitesDeleteFieldInput>>;
  provider?: InputMaybe<CourseProviderDeleteFieldInput>;
  teaches?: InputMaybe<Array<CourseTeachesDeleteFieldInput>>;
};

export type CourseDisconnectInput = {
  completedBy?: InputMaybe<Array<CourseCompletedByDisconnectFieldInput>>;
  preparesFor?: InputMaybe<Array<CoursePreparesForDisconnectFieldInput>>;
  prerequisites?: InputMaybe<Array<CoursePrerequisitesDisconnectFieldInput>>;
  teaches?: InputMaybe<Array<CourseTeachesDisconnectFieldInput>>;
};

export type CourseEdge = {
  __typename?: 'CourseEdge';
  cursor: Scalars['String']['output'];
  node: Course;
};

export type CoursePersonCompletedByAggregateSelection = {
  __typename?: 'CoursePersonCompletedByAggregateSelection';
  count: CountConnection;
  edge?: Maybe<CoursePersonCompletedByEdgeAggregateSelection>;
  node?: Maybe<CoursePersonCompletedByNodeAggregateSelection>;
};

export type CoursePersonCompletedByEdgeAggregateSelection = {
  __typename?: 'CoursePersonCompletedByEdgeAggregateSelection';
  completedAt: DateTimeAggregateSelection;
};

export type CoursePersonCompletedByNodeAggregateSelection = {
  __typename?: 'CoursePersonCompletedByNodeAggregateSelection';
  availability: FloatAggregateSelection;
  location: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type CoursePreparesForConnectFieldInput = {
  connect?: InputMaybe<Array<CredentialConnectInput>>;
  where?: InputMaybe<CredentialConnectWhere>;
};

export type CoursePreparesForConnection = {
  __typename?: 'CoursePreparesForConnection';
  aggregate: CourseCredentialPreparesForAggregateSelection;
  edges: Array<CoursePreparesForRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CoursePreparesForConnectionAggregateInput = {
  AND?: InputMaybe<Array<CoursePreparesForConnectionAggregateInput>>;
  NOT?: InputMaybe<CoursePreparesForConnectionAggregateInput>;
  OR?: InputMaybe<Array<CoursePreparesForConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<CoursePreparesForNodeAggregationWhereInput>;
};

export type CoursePreparesForConnectionFilters = {
  /** Filter Courses by aggregating results on related CoursePreparesForConnections */
  aggregate?: InputMaybe<CoursePreparesForConnectionAggregateInput>;
  /** Return Courses where all of the related CoursePreparesForConnections match this filter */
  all?: InputMaybe<CoursePreparesForConnectionWhere>;
  /** Return Courses where none of the related CoursePreparesForConnections match this filter */
  none?: InputMaybe<CoursePreparesForConnectionWhere>;
  /** Return Courses where one of the related CoursePreparesForConnections match this filter */
  single?: InputMaybe<CoursePreparesForConnectionWhere>;
  /** Return Courses where some of the related CoursePreparesForConnections match this filter */
  some?: InputMaybe<CoursePreparesForConnectionWhere>;
};

export type CoursePreparesForConnectionSort = {
  node?: InputMaybe<CredentialSort>;
};

export type CoursePreparesForConnectionWhere = {
  AND?: InputMaybe<Array<CoursePreparesForConnectionWhere>>;
  NOT?: InputMaybe<CoursePreparesForConnectionWhere>;
  OR?: InputMaybe<Array<CoursePreparesForConnectionWhere>>;
  node?: InputMaybe<CredentialWhere>;
};

export type CoursePreparesForCreateFieldInput = {
  node: CredentialCreateInput;
};

export type CoursePreparesForDeleteFieldInput = {
  delete?: InputMaybe<CredentialDeleteInput>;
  where?: InputMaybe<CoursePreparesForConnectionWhere>;
};

export type CoursePreparesForDisconnectFieldInput = {
  disconnect?: InputMaybe<CredentialDisconnectInput>;
  where?: InputMaybe<CoursePreparesForConnectionWhere>;
};

export type CoursePreparesForFieldInput = {
  connect?: InputMaybe<Array<CoursePreparesForConnectFieldInput>>;
  create?: InputMaybe<Array<CoursePreparesForCreateFieldInput>>;
};

export type CoursePreparesForNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<CoursePreparesForNodeAggregationWhereInput>>;
  NOT?: InputMaybe<CoursePreparesForNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<CoursePreparesForNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  ects?: InputMaybe<FloatScalarAggregationFilters>;
  eqfLevel?: InputMaybe<IntScalarAggregationFilters>;
  gradingScheme?: InputMaybe<StringScalarAggregationFilters>;
  identityVerification?: InputMaybe<StringScalarAggregationFilters>;
  qualityAssurance?: InputMaybe<StringScalarAggregationFilters>;
  requiredParts?: InputMaybe<IntScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
  validityMonths?: InputMaybe<IntScalarAggregationFilters>;
  workloadHours?: InputMaybe<FloatScalarAggregationFilters>;
};

export type CoursePreparesForRelationship = {
  __typename?: 'CoursePreparesForRelationship';
  cursor: Scalars['String']['output'];
  node: Credential;
};

export type CoursePreparesForUpdateConnectionInput = {
  node?: InputMaybe<CredentialUpdateInput>;
  where?: InputMaybe<CoursePreparesForConnectionWhere>;
};

export type CoursePreparesForUpdateFieldInput = {
  connect?: InputMaybe<Array<CoursePreparesForConnectFieldInput>>;
  create?: InputMaybe<Array<CoursePreparesForCreateFieldInput>>;
  delete?: InputMaybe<Array<CoursePreparesForDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<CoursePreparesForDisconnectFieldInput>>;
  update?: InputMaybe<CoursePreparesForUpdateConnectionInput>;
};

export type CoursePrerequisitesConnectFieldInput = {
  connect?: InputMaybe<Array<SkillConnectInput>>;
  edge: SkillLevelCreateInput;
  where?: InputMaybe<SkillConnectWhere>;
};

export type CoursePrerequisitesConnection = {
  __typename?: 'CoursePrerequisitesConnection';
  aggregate: CourseSkillPrerequisitesAggregateSelection;
  edges: Array<CoursePrerequisitesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CoursePrerequisitesConnectionAggregateInput = {
  AND?: InputMaybe<Array<CoursePrerequisitesConnectionAggregateInput>>;
  NOT?: InputMaybe<CoursePrerequisitesConnectionAggregateInput>;
  OR?: InputMaybe<Array<CoursePrerequisitesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<SkillLevelAggregationWhereInput>;
  node?: InputMaybe<CoursePrerequisitesNodeAggregationWhereInput>;
};

export type CoursePrerequisitesConnectionFilters = {
  /** Filter Courses by aggregating results on related CoursePrerequisitesConnections */
  aggregate?: InputMaybe<CoursePrerequisitesConnectionAggregateInput>;
  /** Return Courses where all of the related CoursePrerequisitesConnections match this filter */
  all?: InputMaybe<CoursePrerequisitesConnectionWhere>;
  /** Return Courses where none of the related CoursePrerequisitesConnections match this filter */
  none?: InputMaybe<CoursePrerequisitesConnectionWhere>;
  /** Return Courses where one of the related CoursePrerequisitesConnections match this filter */
  single?: InputMaybe<CoursePrerequisitesConnectionWhere>;
  /** Return Courses where some of the related CoursePrerequisitesConnections match this filter */
  some?: InputMaybe<CoursePrerequisitesConnectionWhere>;
};

export type CoursePrerequisitesConnectionSort = {
  edge?: InputMaybe<SkillLevelSort>;
  node?: InputMaybe<SkillSort>;
};

export type CoursePrerequisitesConnectionWhere = {
  AND?: InputMaybe<Array<CoursePrerequisitesConnectionWhere>>;
  NOT?: InputMaybe<CoursePrerequisitesConnectionWhere>;
  OR?: InputMaybe<Array<CoursePrerequisitesConnectionWhere>>;
  edge?: InputMaybe<SkillLevelWhere>;
  node?: InputMaybe<SkillWhere>;
};

export type CoursePrerequisitesCreateFieldInput = {
  edge: SkillLevelCreateInput;
  node: SkillCreateInput;
};

export type CoursePrerequisitesDeleteFieldInput = {
  delete?: InputMaybe<SkillDeleteInput>;
  where?: InputMaybe<CoursePrerequisitesConnectionWhere>;
};

export type CoursePrerequisitesDisconnectFieldInput = {
  disconnect?: InputMaybe<SkillDisconnectInput>;
  where?: InputMaybe<CoursePrerequisitesConnectionWhere>;
};

export type CoursePrerequisitesFieldInput = {
  connect?: InputMaybe<Array<CoursePrerequisitesConnectFieldInput>>;
  create?: InputMaybe<Array<CoursePrerequisitesCreateFieldInput>>;
};

export type CoursePrerequisitesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<CoursePrerequisitesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<CoursePrerequisitesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<CoursePrerequisitesNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type CoursePrerequisitesRelationship = {
  __typename?: 'CoursePrerequisitesRelationship';
  cursor: Scalars['String']['output'];
  node: Skill;
  properties: SkillLevel;
};

export type CoursePrerequisitesUpdateConnectionInput = {
  edge?: InputMaybe<SkillLevelUpdateInput>;
  node?: InputMaybe<SkillUpdateInput>;
  where?: InputMaybe<CoursePrerequisitesConnectionWhere>;
};

export type CoursePrerequisitesUpdateFieldInput = {
  connect?: InputMaybe<Array<CoursePrerequisitesConnectFieldInput>>;
  create?: InputMaybe<Array<CoursePrerequisitesCreateFieldInput>>;
  delete?: InputMaybe<Array<CoursePrerequisitesDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<CoursePrerequisitesDisconnectFieldInput>>;
  update?: InputMaybe<CoursePrerequisitesUpdateConnectionInput>;
};

export type CourseProviderConnection = {
  __typename?: 'CourseProviderConnection';
  edges: Array<CourseProviderRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CourseProviderConnectionWhere = {
  AND?: InputMaybe<Array<CourseProviderConnectionWhere>>;
  NOT?: InputMaybe<CourseProviderConnectionWhere>;
  OR?: InputMaybe<Array<CourseProviderConnectionWhere>>;
  node?: InputMaybe<OrganizationWhere>;
};

export type CourseProviderCreateFieldInput = {
  node: OrganizationCreateInput;
};

export type CourseProviderDeleteFieldInput = {
  delete?: InputMaybe<OrganizationDeleteInput>;
  where?: InputMaybe<CourseProviderConnectionWhere>;
};

export type CourseProviderFieldInput = {
  create?: InputMaybe<CourseProviderCreateFieldInput>;
};

export type CourseProviderRelationship = {
  __typename?: 'CourseProviderRelationship';
  cursor: Scalars['String']['output'];
  node: Organization;
};

export type CourseRelationshipFilters = {
  /** Filter type where all of the related Courses match this filter */
  all?: InputMaybe<CourseWhere>;
  /** Filter type where none of the related Courses match this filter */
  none?: InputMaybe<CourseWhere>;
  /** Filter type where one of the related Courses match this filter */
  single?: InputMaybe<CourseWhere>;
  /** Filter type where some of the related Courses match this filter */
  some?: InputMaybe<CourseWhere>;
};

export type CourseSkillPrerequisitesAggregateSelection = {
  __typename?: 'CourseSkillPrerequisitesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<CourseSkillPrerequisitesEdgeAggregateSelection>;
  node?: Maybe<CourseSkillPrerequisitesNodeAggregateSelection>;
};

export type CourseSkillPrerequisitesEdgeAggregateSelection = {
  __typename?: 'CourseSkillPrerequisitesEdgeAggregateSelection';
  level: IntAggregateSelection;
};

export type CourseSkillPrerequisitesNodeAggregateSelection = {
  __typename?: 'CourseSkillPrerequisitesNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type CourseSkillTeachesAggregateSelection = {
  __typename?: 'CourseSkillTeachesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<CourseSkillTeachesEdgeAggregateSelection>;
  node?: Maybe<CourseSkillTeachesNodeAggregateSelection>;
};

export type CourseSkillTeachesEdgeAggregateSelection = {
  __typename?: 'CourseSkillTeachesEdgeAggregateSelection';
  level: IntAggregateSelection;
};

export type CourseSkillTeachesNodeAggregateSelection = {
  __typename?: 'CourseSkillTeachesNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

/** Fields to sort Courses by. The order in which sorts are applied is not guaranteed when specifying many fields in one CourseSort object. */
export type CourseSort = {
  cost?: InputMaybe<SortDirection>;
  currency?: InputMaybe<SortDirection>;
  description?: InputMaybe<SortDirection>;
  durationMinutes?: InputMaybe<SortDirection>;
  format?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  language?: InputMaybe<SortDirection>;
  title?: InputMaybe<SortDirection>;
  url?: InputMaybe<SortDirection>;
};

export type CourseTeachesConnectFieldInput = {
  connect?: InputMaybe<Array<SkillConnectInput>>;
  edge: SkillLevelCreateInput;
  where?: InputMaybe<SkillConnectWhere>;
};

export type CourseTeachesConnection = {
  __typename?: 'CourseTeachesConnection';
  aggregate: CourseSkillTeachesAggregateSelection;
  edges: Array<CourseTeachesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CourseTeachesConnectionAggregateInput = {
  AND?: InputMaybe<Array<CourseTeachesConnectionAggregateInput>>;
  NOT?: InputMaybe<CourseTeachesConnectionAggregateInput>;
  OR?: InputMaybe<Array<CourseTeachesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<SkillLevelAggregationWhereInput>;
  node?: InputMaybe<CourseTeachesNodeAggregationWhereInput>;
};

export type CourseTeachesConnectionFilters = {
  /** Filter Courses by aggregating results on related CourseTeachesConnections */
  aggregate?: InputMaybe<CourseTeachesConnectionAggregateInput>;
  /** Return Courses where all of the related CourseTeachesConnections match this filter */
  all?: InputMaybe<CourseTeachesConnectionWhere>;
  /** Return Courses where none of the related CourseTeachesConnections match this filter */
  none?: InputMaybe<CourseTeachesConnectionWhere>;
  /** Return Courses where one of the related CourseTeachesConnections match this filter */
  single?: InputMaybe<CourseTeachesConnectionWhere>;
  /** Return Courses where some of the related CourseTeachesConnections match this filter */
  some?: InputMaybe<CourseTeachesConnectionWhere>;
};

export type CourseTeachesConnectionSort = {
  edge?: InputMaybe<SkillLevelSort>;
  node?: InputMaybe<SkillSort>;
};

export type CourseTeachesConnectionWhere = {
  AND?: InputMaybe<Array<CourseTeachesConnectionWhere>>;
  NOT?: InputMaybe<CourseTeachesConnectionWhere>;
  OR?: InputMaybe<Array<CourseTeachesConnectionWhere>>;
  edge?: InputMaybe<SkillLevelWhere>;
  node?: InputMaybe<SkillWhere>;
};

export type CourseTeachesCreateFieldInput = {
  edge: SkillLevelCreateInput;
  node: SkillCreateInput;
};

export type CourseTeachesDeleteFieldInput = {
  delete?: InputMaybe<SkillDeleteInput>;
  where?: InputMaybe<CourseTeachesConnectionWhere>;
};

export type CourseTeachesDisconnectFieldInput = {
  disconnect?: InputMaybe<SkillDisconnectInput>;
  where?: InputMaybe<CourseTeachesConnectionWhere>;
};

export type CourseTeachesFieldInput = {
  connect?: InputMaybe<Array<CourseTeachesConnectFieldInput>>;
  create?: InputMaybe<Array<CourseTeachesCreateFieldInput>>;
};

export type CourseTeachesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<CourseTeachesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<CourseTeachesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<CourseTeachesNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type CourseTeachesRelationship = {
  __typename?: 'CourseTeachesRelationship';
  cursor: Scalars['String']['output'];
  node: Skill;
  properties: SkillLevel;
};

export type CourseTeachesUpdateConnectionInput = {
  edge?: InputMaybe<SkillLevelUpdateInput>;
  node?: InputMaybe<SkillUpdateInput>;
  where?: InputMaybe<CourseTeachesConnectionWhere>;
};

export type CourseTeachesUpdateFieldInput = {
  connect?: InputMaybe<Array<CourseTeachesConnectFieldInput>>;
  create?: InputMaybe<Array<CourseTeachesCreateFieldInput>>;
  delete?: InputMaybe<Array<CourseTeachesDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<CourseTeachesDisconnectFieldInput>>;
  update?: InputMaybe<CourseTeachesUpdateConnectionInput>;
};

export type CourseUpdateInput = {
  completedBy?: InputMaybe<Array<CourseCompletedByUpdateFieldInput>>;
  /** Allowed: a number of 0 or more. */
  cost?: InputMaybe<FloatScalarMutations>;
  currency?: InputMaybe<CurrencyScalarMutations>;
  description?: InputMaybe<StringScalarMutations>;
  /** Allowed: a whole number of 1 or more. */
  durationMinutes?: InputMaybe<IntScalarMutations>;
  format?: InputMaybe<DeliveryFormatEnumScalarMutations>;
  id?: InputMaybe<IdScalarMutations>;
  language?: InputMaybe<LocaleScalarMutations>;
  preparesFor?: InputMaybe<Array<CoursePreparesForUpdateFieldInput>>;
  prerequisites?: InputMaybe<Array<CoursePrerequisitesUpdateFieldInput>>;
  teaches?: InputMaybe<Array<CourseTeachesUpdateFieldInput>>;
  title?: InputMaybe<StringScalarMutations>;
  url?: InputMaybe<UrlScalarMutations>;
};

export type CourseWhere = {
  AND?: InputMaybe<Array<CourseWhere>>;
  NOT?: InputMaybe<CourseWhere>;
  OR?: InputMaybe<Array<CourseWhere>>;
  completedBy?: InputMaybe<PersonRelationshipFilters>;
  completedByConnection?: InputMaybe<CourseCompletedByConnectionFilters>;
  cost?: InputMaybe<FloatScalarFilters>;
  currency?: InputMaybe<CurrencyScalarFilters>;
  description?: InputMaybe<StringScalarFilters>;
  durationMinutes?: InputMaybe<IntScalarFilters>;
  format?: InputMaybe<DeliveryFormatEnumScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  language?: InputMaybe<LocaleScalarFilters>;
  preparesFor?: InputMaybe<CredentialRelationshipFilters>;
  preparesForConnection?: InputMaybe<CoursePreparesForConnectionFilters>;
  prerequisites?: InputMaybe<SkillRelationshipFilters>;
  prerequisitesConnection?: InputMaybe<CoursePrerequisitesConnectionFilters>;
  provider?: InputMaybe<OrganizationWhere>;
  providerConnection?: InputMaybe<CourseProviderConnectionWhere>;
  teaches?: InputMaybe<SkillRelationshipFilters>;
  teachesConnection?: InputMaybe<CourseTeachesConnectionFilters>;
  title?: InputMaybe<StringScalarFilters>;
  url?: InputMaybe<UrlScalarFilters>;
};

export type CoursesConnection = {
  __typename?: 'CoursesConnection';
  aggregate: CourseAggregate;
  edges: Array<CourseEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A requirement a member covers, with the evidence that counted (strongest first). */
export type CoveredRequirement = {
  __typename?: 'CoveredRequirement';
  evidence: Array<TeamEvidence>;
  level: Scalars['Int']['output'];
  minLevel: Scalars['Int']['output'];
  skillId: Scalars['ID']['output'];
  skillName: Scalars['String']['output'];
};

export type CreateCoursesMutationResponse = {
  __typename?: 'CreateCoursesMutationResponse';
  courses: Array<Course>;
  info: CreateInfo;
};

export type CreateCredentialsMutationResponse = {
  __typename?: 'CreateCredentialsMutationResponse';
  credentials: Array<Credential>;
  info: CreateInfo;
};

/** Information about the number of nodes and relationships created during a create mutation */
export type CreateInfo = {
  __typename?: 'CreateInfo';
  nodesCreated: Scalars['Int']['output'];
  relationshipsCreated: Scalars['Int']['output'];
};

export type CreateOccupationGroupsMutationResponse = {
  __typename?: 'CreateOccupationGroupsMutationResponse';
  info: CreateInfo;
  occupationGroups: Array<OccupationGroup>;
};

export type CreateOrgUnitsMutationResponse = {
  __typename?: 'CreateOrgUnitsMutationResponse';
  info: CreateInfo;
  orgUnits: Array<OrgUnit>;
};

export type CreateOrganizationsMutationResponse = {
  __typename?: 'CreateOrganizationsMutationResponse';
  info: CreateInfo;
  organizations: Array<Organization>;
};

export type CreatePeopleMutationResponse = {
  __typename?: 'CreatePeopleMutationResponse';
  info: CreateInfo;
  people: Array<Person>;
};

export type CreateRolesMutationResponse = {
  __typename?: 'CreateRolesMutationResponse';
  info: CreateInfo;
  roles: Array<Role>;
};

export type CreateSkillGroupsMutationResponse = {
  __typename?: 'CreateSkillGroupsMutationResponse';
  info: CreateInfo;
  skillGroups: Array<SkillGroup>;
};

export type CreateSkillsMutationResponse = {
  __typename?: 'CreateSkillsMutationResponse';
  info: CreateInfo;
  skills: Array<Skill>;
};

export type CreateTeamsMutationResponse = {
  __typename?: 'CreateTeamsMutationResponse';
  info: CreateInfo;
  teams: Array<Team>;
};

/**
 * A micro-credential carrying the elements of the EU Council Recommendation (2022/C 243/02).
 * A credential with parts is a stack: it is complete when every mandatory part is held and at least
 * `requiredParts` of its parts (mandatory ones included) are held; `requiredParts` null means all parts.
 */
export type Credential = {
  __typename?: 'Credential';
  /** EU element, mandatory for an EU micro-credential; may be unknown for a credential imported from elsewhere. */
  assessmentType?: Maybe<AssessmentType>;
  awardingBody?: Maybe<Organization>;
  awardingBodyConnection: CredentialAwardingBodyConnection;
  certifies: Array<Skill>;
  certifiesConnection: CredentialCertifiesConnection;
  description?: Maybe<Scalars['String']['output']>;
  /** Allowed: a number of 0 or more. */
  ects?: Maybe<Scalars['Float']['output']>;
  /** Allowed: a whole number from 1 to 8. */
  eqfLevel?: Maybe<Scalars['Int']['output']>;
  /**
   * Marked as an EU micro-credential (Council Recommendation 2022/C 243/02): a partner cannot save it, or its
   * organisation, while a mandatory element of Annex I is missing (credentialCompliance lists them).
   */
  euMicroCredential?: Maybe<Scalars['Boolean']['output']>;
  /** The grading scheme holders are graded on, for example 'A-F' or 'pass/fail' (EU element, optional). */
  gradingScheme?: Maybe<Scalars['String']['output']>;
  holders: Array<Person>;
  holdersConnection: CredentialHoldersConnection;
  id: Scalars['ID']['output'];
  /** How the learner's identity is verified during assessment (EU element, optional). */
  identityVerification?: Maybe<Scalars['String']['output']>;
  /** Language of the learning activity and assessment (EU element, optional). */
  language?: Maybe<Scalars['Locale']['output']>;
  learningOutcomes: Array<Scalars['String']['output']>;
  /** The larger credentials this one counts towards. */
  partOf: Array<Credential>;
  partOfConnection: CredentialPartOfConnection;
  /** EU element, mandatory for an EU micro-credential; may be unknown for a credential imported from elsewhere. */
  participationForm?: Maybe<DeliveryFormat>;
  /** The smaller credentials this one stacks from. */
  parts: Array<Credential>;
  partsConnection: CredentialPartsConnection;
  preparedBy: Array<Course>;
  preparedByConnection: CredentialPreparedByConnection;
  prerequisites: Array<Credential>;
  prerequisitesConnection: CredentialPrerequisitesConnection;
  qualityAssurance?: Maybe<Scalars['String']['output']>;
  /**
   * The 'any n of m' rule of a stack: how many of its parts must be held. Null: all of them.
   * Allowed: a whole number of 1 or more.
   */
  requiredParts?: Maybe<Scalars['Int']['output']>;
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['URL']['output']>;
  /**
   * Months a holding stays valid after issue; null means it does not expire.
   * Allowed: a whole number of 1 or more.
   */
  validityMonths?: Maybe<Scalars['Int']['output']>;
  /** Allowed: a number of 0 or more. */
  workloadHours?: Maybe<Scalars['Float']['output']>;
};


/**
 * A micro-credential carrying the elements of the EU Council Recommendation (2022/C 243/02).
 * A credential with parts is a stack: it is complete when every mandatory part is held and at least
 * `requiredParts` of its parts (mandatory ones included) are held; `requiredParts` null means all parts.
 */
export type CredentialCertifiesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SkillSort>>;
  where?: InputMaybe<SkillWhere>;
};


/**
 * A micro-credential carrying the elements of the EU Council Recommendation (2022/C 243/02).
 * A credential with parts is a stack: it is complete when every mandatory part is held and at least
 * `requiredParts` of its parts (mandatory ones included) are held; `requiredParts` null means all parts.
 */
export type CredentialCertifiesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CredentialCertifiesConnectionSort>>;
  where?: InputMaybe<CredentialCertifiesConnectionWhere>;
};


/**
 * A micro-credential carrying the elements of the EU Council Recommendation (2022/C 243/02).
 * A credential with parts is a stack: it is complete when every mandatory part is held and at least
 * `requiredParts` of its parts (mandatory ones included) are held; `requiredParts` null means all parts.
 */
export type CredentialHoldersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonSort>>;
  where?: InputMaybe<PersonWhere>;
};


/**
 * A micro-credential carrying the elements of the EU Council Recommendation (2022/C 243/02).
 * A credential with parts is a stack: it is complete when every mandatory part is held and at least
 * `requiredParts` of its parts (mandatory ones included) are held; `requiredParts` null means all parts.
 */
export type CredentialHoldersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CredentialHoldersConnectionSort>>;
  where?: InputMaybe<CredentialHoldersConnectionWhere>;
};


/**
 * A micro-credential carrying the elements of the EU Council Recommendation (2022/C 243/02).
 * A credential with parts is a stack: it is complete when every mandatory part is held and at least
 * `requiredParts` of its parts (mandatory ones included) are held; `requiredParts` null means all parts.
 */
export type CredentialPartOfArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CredentialSort>>;
  where?: InputMaybe<CredentialWhere>;
};


/**
 * A micro-credential carrying the elements of the EU Council Recommendation (2022/C 243/02).
 * A credential with parts is a stack: it is complete when every mandatory part is held and at least
 * `requiredParts` of its parts (mandatory ones included) are held; `requiredParts` null means all parts.
 */
export type CredentialPartOfConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CredentialPartOfConnectionSort>>;
  where?: InputMaybe<CredentialPartOfConnectionWhere>;
};


/**
 * A micro-credential carrying the elements of the EU Council Recommendation (2022/C 243/02).
 * A credential with parts is a stack: it is complete when every mandatory part is held and at least
 * `requiredParts` of its parts (mandatory ones included) are held; `requiredParts` null means all parts.
 */
export type CredentialPartsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CredentialSort>>;
  where?: InputMaybe<CredentialWhere>;
};


/**
 * A micro-credential carrying the elements of the EU Council Recommendation (2022/C 243/02).
 * A credential with parts is a stack: it is complete when every mandatory part is held and at least
 * `requiredParts` of its parts (mandatory ones included) are held; `requiredParts` null means all parts.
 */
export type CredentialPartsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CredentialPartsConnectionSort>>;
  where?: InputMaybe<CredentialPartsConnectionWhere>;
};


/**
 * A micro-credential carrying the elements of the EU Council Recommendation (2022/C 243/02).
 * A credential with parts is a stack: it is complete when every mandatory part is held and at least
 * `requiredParts` of its parts (mandatory ones included) are held; `requiredParts` null means all parts.
 */
export type CredentialPreparedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CourseSort>>;
  where?: InputMaybe<CourseWhere>;
};


/**
 * A micro-credential carrying the elements of the EU Council Recommendation (2022/C 243/02).
 * A credential with parts is a stack: it is complete when every mandatory part is held and at least
 * `requiredParts` of its parts (mandatory ones included) are held; `requiredParts` null means all parts.
 */
export type CredentialPreparedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CredentialPreparedByConnectionSort>>;
  where?: InputMaybe<CredentialPreparedByConnectionWhere>;
};


/**
 * A micro-credential carrying the elements of the EU Council Recommendation (2022/C 243/02).
 * A credential with parts is a stack: it is complete when every mandatory part is held and at least
 * `requiredParts` of its parts (mandatory ones included) are held; `requiredParts` null means all parts.
 */
export type CredentialPrerequisitesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CredentialSort>>;
  where?: InputMaybe<CredentialWhere>;
};


/**
 * A micro-credential carrying the elements of the EU Council Recommendation (2022/C 243/02).
 * A credential with parts is a stack: it is complete when every mandatory part is held and at least
 * `requiredParts` of its parts (mandatory ones included) are held; `requiredParts` null means all parts.
 */
export type CredentialPrerequisitesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CredentialPrerequisitesConnectionSort>>;
  where?: InputMaybe<CredentialPrerequisitesConnectionWhere>;
};

export type CredentialAggregate = {
  __typename?: 'CredentialAggregate';
  count: Count;
  node: CredentialAggregateNode;
};

export type CredentialAggregateNode = {
  __typename?: 'CredentialAggregateNode';
  description: StringAggregateSelection;
  ects: FloatAggregateSelection;
  eqfLevel: IntAggregateSelection;
  gradingScheme: StringAggregateSelection;
  identityVerification: StringAggregateSelection;
  qualityAssurance: StringAggregateSelection;
  requiredParts: IntAggregateSelection;
  title: StringAggregateSelection;
  validityMonths: IntAggregateSelection;
  workloadHours: FloatAggregateSelection;
};

export type CredentialAwardingBodyConnection = {
  __typename?: 'CredentialAwardingBodyConnection';
  edges: Array<CredentialAwardingBodyRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CredentialAwardingBodyConnectionWhere = {
  AND?: InputMaybe<Array<CredentialAwardingBodyConnectionWhere>>;
  NOT?: InputMaybe<CredentialAwardingBodyConnectionWhere>;
  OR?: InputMaybe<Array<CredentialAwardingBodyConnectionWhere>>;
  node?: InputMaybe<OrganizationWhere>;
};

export type CredentialAwardingBodyCreateFieldInput = {
  node: OrganizationCreateInput;
};

export type CredentialAwardingBodyDeleteFieldInput = {
  delete?: InputMaybe<OrganizationDeleteInput>;
  where?: InputMaybe<CredentialAwardingBodyConnectionWhere>;
};

export type CredentialAwardingBodyFieldInput = {
  create?: InputMaybe<CredentialAwardingBodyCreateFieldInput>;
};

export type CredentialAwardingBodyRelationship = {
  __typename?: 'CredentialAwardingBodyRelationship';
  cursor: Scalars['String']['output'];
  node: Organization;
};

export type CredentialCertifiesConnectFieldInput = {
  connect?: InputMaybe<Array<SkillConnectInput>>;
  edge: SkillLevelCreateInput;
  where?: InputMaybe<SkillConnectWhere>;
};

export type CredentialCertifiesConnection = {
  __typename?: 'CredentialCertifiesConnection';
  aggregate: CredentialSkillCertifiesAggregateSelection;
  edges: Array<CredentialCertifiesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CredentialCertifiesConnectionAggregateInput = {
  AND?: InputMaybe<Array<CredentialCertifiesConnectionAggregateInput>>;
  NOT?: InputMaybe<CredentialCertifiesConnectionAggregateInput>;
  OR?: InputMaybe<Array<CredentialCertifiesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<SkillLevelAggregationWhereInput>;
  node?: InputMaybe<CredentialCertifiesNodeAggregationWhereInput>;
};

export type CredentialCertifiesConnectionFilters = {
  /** Filter Credentials by aggregating results on related CredentialCertifiesConnections */
  aggregate?: InputMaybe<CredentialCertifiesConnectionAggregateInput>;
  /** Return Credentials where all of the related CredentialCertifiesConnections match this filter */
  all?: InputMaybe<CredentialCertifiesConnectionWhere>;
  /** Return Credentials where none of the related CredentialCertifiesConnections match this filter */
  none?: InputMaybe<CredentialCertifiesConnectionWhere>;
  /** Return Credentials where one of the related CredentialCertifiesConnections match this filter */
  single?: InputMaybe<CredentialCertifiesConnectionWhere>;
  /** Return Credentials where some of the related CredentialCertifiesConnections match this filter */
  some?: InputMaybe<CredentialCertifiesConnectionWhere>;
};

export type CredentialCertifiesConnectionSort = {
  edge?: InputMaybe<SkillLevelSort>;
  node?: InputMaybe<SkillSort>;
};

export type CredentialCertifiesConnectionWhere = {
  AND?: InputMaybe<Array<CredentialCertifiesConnectionWhere>>;
  NOT?: InputMaybe<CredentialCertifiesConnectionWhere>;
  OR?: InputMaybe<Array<CredentialCertifiesConnectionWhere>>;
  edge?: InputMaybe<SkillLevelWhere>;
  node?: InputMaybe<SkillWhere>;
};

export type CredentialCertifiesCreateFieldInput = {
  edge: SkillLevelCreateInput;
  node: SkillCreateInput;
};

export type CredentialCertifiesDeleteFieldInput = {
  delete?: InputMaybe<SkillDeleteInput>;
  where?: InputMaybe<CredentialCertifiesConnectionWhere>;
};

export type CredentialCertifiesDisconnectFieldInput = {
  disconnect?: InputMaybe<SkillDisconnectInput>;
  where?: InputMaybe<CredentialCertifiesConnectionWhere>;
};

export type CredentialCertifiesFieldInput = {
  connect?: InputMaybe<Array<CredentialCertifiesConnectFieldInput>>;
  create?: InputMaybe<Array<CredentialCertifiesCreateFieldInput>>;
};

export type CredentialCertifiesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<CredentialCertifiesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<CredentialCertifiesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<CredentialCertifiesNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type CredentialCertifiesRelationship = {
  __typename?: 'CredentialCertifiesRelationship';
  cursor: Scalars['String']['output'];
  node: Skill;
  properties: SkillLevel;
};

export type CredentialCertifiesUpdateConnectionInput = {
  edge?: InputMaybe<SkillLevelUpdateInput>;
  node?: InputMaybe<SkillUpdateInput>;
  where?: InputMaybe<CredentialCertifiesConnectionWhere>;
};

export type CredentialCertifiesUpdateFieldInput = {
  connect?: InputMaybe<Array<CredentialCertifiesConnectFieldInput>>;
  create?: InputMaybe<Array<CredentialCertifiesCreateFieldInput>>;
  delete?: InputMaybe<Array<CredentialCertifiesDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<CredentialCertifiesDisconnectFieldInput>>;
  update?: InputMaybe<CredentialCertifiesUpdateConnectionInput>;
};

/** One check of a credential's verification, in order: format, issuer, signature, validity, status, schema. */
export type CredentialCheck = {
  __typename?: 'CredentialCheck';
  check: Scalars['String']['output'];
  ok: Scalars['Boolean']['output'];
  /** Why it failed (malformed, unknown issuer, bad signature, expired, revoked, schema errors), or a note. */
  reason?: Maybe<Scalars['String']['output']>;
};

/** A credential judged against the EU micro-credential elements. */
export type CredentialCompliance = {
  __typename?: 'CredentialCompliance';
  /** True when every mandatory element is present. */
  compliant: Scalars['Boolean']['output'];
  credentialId: Scalars['ID']['output'];
  elements: Array<ComplianceElement>;
  /** The mandatory elements missing, in Annex I order. */
  missing: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type CredentialConnectInput = {
  certifies?: InputMaybe<Array<CredentialCertifiesConnectFieldInput>>;
  holders?: InputMaybe<Array<CredentialHoldersConnectFieldInput>>;
  partOf?: InputMaybe<Array<CredentialPartOfConnectFieldInput>>;
  parts?: InputMaybe<Array<CredentialPartsConnectFieldInput>>;
  preparedBy?: InputMaybe<Array<CredentialPreparedByConnectFieldInput>>;
  prerequisites?: InputMaybe<Array<CredentialPrerequisitesConnectFieldInput>>;
};

export type CredentialConnectWhere = {
  node: CredentialWhere;
};

export type CredentialCoursePreparedByAggregateSelection = {
  __typename?: 'CredentialCoursePreparedByAggregateSelection';
  count: CountConnection;
  node?: Maybe<CredentialCoursePreparedByNodeAggregateSelection>;
};

export type CredentialCoursePreparedByNodeAggregateSelection = {
  __typename?: 'CredentialCoursePreparedByNodeAggregateSelection';
  cost: FloatAggregateSelection;
  description: StringAggregateSelection;
  durationMinutes: IntAggregateSelection;
  title: StringAggregateSelection;
};

export type CredentialCreateInput = {
  assessmentType?: InputMaybe<AssessmentType>;
  awardingBody?: InputMaybe<CredentialAwardingBodyFieldInput>;
  certifies?: InputMaybe<CredentialCertifiesFieldInput>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Allowed: a number of 0 or more. */
  ects?: InputMaybe<Scalars['Float']['input']>;
  /** Allowed: a whole number from 1 to 8. */
  eqfLevel?: InputMaybe<Scalars['Int']['input']>;
  euMicroCredential?: InputMaybe<Scalars['Boolean']['input']>;
  gradingScheme?: InputMaybe<Scalars['String']['input']>;
  holders?: InputMaybe<CredentialHoldersFieldInput>;
  id: Scalars['ID']['input'];
  identityVerification?: InputMaybe<Scalars['String']['input']>;
  language?: InputMaybe<Scalars['Locale']['input']>;
  learningOutcomes?: Array<Scalars['String']['input']>;
  partOf?: InputMaybe<CredentialPartOfFieldInput>;
  participationForm?: InputMaybe<DeliveryFormat>;
  parts?: InputMaybe<CredentialPartsFieldInput>;
  preparedBy?: InputMaybe<CredentialPreparedByFieldInput>;
  prerequisites?: InputMaybe<CredentialPrerequisitesFieldInput>;
  qualityAssurance?: InputMaybe<Scalars['String']['input']>;
  /** Allowed: a whole number of 1 or more. */
  requiredParts?: InputMaybe<Scalars['Int']['input']>;
  title: Scalars['String']['input'];
  url?: InputMaybe<Scalars['URL']['input']>;
  /** Allowed: a whole number of 1 or more. */
  validityMonths?: InputMaybe<Scalars['Int']['input']>;
  /** Allowed: a number of 0 or more. */
  workloadHours?: InputMaybe<Scalars['Float']['input']>;
};

export type CredentialCredentialPartOfAggregateSelection = {
  __typename?: 'CredentialCredentialPartOfAggregateSelection';
  count: CountConnection;
  node?: Maybe<CredentialCredentialPartOfNodeAggregateSelection>;
};

export type CredentialCredentialPartOfNodeAggregateSelection = {
  __typename?: 'CredentialCredentialPartOfNodeAggregateSelection';
  description: StringAggregateSelection;
  ects: FloatAggregateSelection;
  eqfLevel: IntAggregateSelection;
  gradingScheme: StringAggregateSelection;
  identityVerification: StringAggregateSelection;
  qualityAssurance: StringAggregateSelection;
  requiredParts: IntAggregateSelection;
  title: StringAggregateSelection;
  validityMonths: IntAggregateSelection;
  workloadHours: FloatAggregateSelection;
};

export type CredentialCredentialPartsAggregateSelection = {
  __typename?: 'CredentialCredentialPartsAggregateSelection';
  count: CountConnection;
  node?: Maybe<CredentialCredentialPartsNodeAggregateSelection>;
};

export type CredentialCredentialPartsNodeAggregateSelection = {
  __typename?: 'CredentialCredentialPartsNodeAggregateSelection';
  description: StringAggregateSelection;
  ects: FloatAggregateSelection;
  eqfLevel: IntAggregateSelection;
  gradingScheme: StringAggregateSelection;
  identityVerification: StringAggregateSelection;
  qualityAssurance: StringAggregateSelection;
  requiredParts: IntAggregateSelection;
  title: StringAggregateSelection;
  validityMonths: IntAggregateSelection;
  workloadHours: FloatAggregateSelection;
};

export type CredentialCredentialPrerequisitesAggregateSelection = {
  __typename?: 'CredentialCredentialPrerequisitesAggregateSelection';
  count: CountConnection;
  node?: Maybe<CredentialCredentialPrerequisitesNodeAggregateSelection>;
};

export type CredentialCredentialPrerequisitesNodeAggregateSelection = {
  __typename?: 'CredentialCredentialPrerequisitesNodeAggregateSelection';
  description: StringAggregateSelection;
  ects: FloatAggregateSelection;
  eqfLevel: IntAggregateSelection;
  gradingScheme: StringAggregateSelection;
  identityVerification: StringAggregateSelection;
  qualityAssurance: StringAggregateSelection;
  requiredParts: IntAggregateSelection;
  title: StringAggregateSelection;
  validityMonths: IntAggregateSelection;
  workloadHours: FloatAggregateSelection;
};

export type CredentialDeleteInput = {
  awardingBody?: InputMaybe<CredentialAwardingBodyDeleteFieldInput>;
  certifies?: InputMaybe<Array<CredentialCertifiesDeleteFieldInput>>;
  holders?: InputMaybe<Array<CredentialHoldersDeleteFieldInput>>;
  partOf?: InputMaybe<Array<CredentialPartOfDeleteFieldInput>>;
  parts?: InputMaybe<Array<CredentialPartsDeleteFieldInput>>;
  preparedBy?: InputMaybe<Array<CredentialPreparedByDeleteFieldInput>>;
  prerequisites?: InputMaybe<Array<CredentialPrerequisitesDeleteFieldInput>>;
};

export type CredentialDisconnectInput = {
  certifies?: InputMaybe<Array<CredentialCertifiesDisconnectFieldInput>>;
  holders?: InputMaybe<Array<CredentialHoldersDisconnectFieldInput>>;
  partOf?: InputMaybe<Array<CredentialPartOfDisconnectFieldInput>>;
  parts?: InputMaybe<Array<CredentialPartsDisconnectFieldInput>>;
  preparedBy?: InputMaybe<Array<CredentialPreparedByDisconnectFieldInput>>;
  prerequisites?: InputMaybe<Array<CredentialPrerequisitesDisconnectFieldInput>>;
};

export type CredentialEdge = {
  __typename?: 'CredentialEdge';
  cursor: Scalars['String']['output'];
  node: Credential;
};

/** A holder of a credential, as its issuer may see them. */
export type CredentialHolder = {
  __typename?: 'CredentialHolder';
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  issuedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
  verified?: Maybe<Scalars['Boolean']['output']>;
};

export type CredentialHolders = {
  __typename?: 'CredentialHolders';
  credentialId: Scalars['ID']['output'];
  /** Holders who let the issuer list them (setSharing holdingsListedToIssuers), by id; every holder for admins. */
  holders: Array<CredentialHolder>;
  /** Holders not listed: counted, never named. */
  notListed: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type CredentialHoldersConnectFieldInput = {
  connect?: InputMaybe<Array<PersonConnectInput>>;
  edge: CredentialHoldingCreateInput;
  where?: InputMaybe<PersonConnectWhere>;
};

export type CredentialHoldersConnection = {
  __typename?: 'CredentialHoldersConnection';
  aggregate: CredentialPersonHoldersAggregateSelection;
  edges: Array<CredentialHoldersRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CredentialHoldersConnectionAggregateInput = {
  AND?: InputMaybe<Array<CredentialHoldersConnectionAggregateInput>>;
  NOT?: InputMaybe<CredentialHoldersConnectionAggregateInput>;
  OR?: InputMaybe<Array<CredentialHoldersConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<CredentialHoldingAggregationWhereInput>;
  node?: InputMaybe<CredentialHoldersNodeAggregationWhereInput>;
};

export type CredentialHoldersConnectionFilters = {
  /** Filter Credentials by aggregating results on related CredentialHoldersConnections */
  aggregate?: InputMaybe<CredentialHoldersConnectionAggregateInput>;
  /** Return Credentials where all of the related CredentialHoldersConnections match this filter */
  all?: InputMaybe<CredentialHoldersConnectionWhere>;
  /** Return Credentials where none of the related CredentialHoldersConnections match this filter */
  none?: InputMaybe<CredentialHoldersConnectionWhere>;
  /** Return Credentials where one of the related CredentialHoldersConnections match this filter */
  single?: InputMaybe<CredentialHoldersConnectionWhere>;
  /** Return Credentials where some of the related CredentialHoldersConnections match this filter */
  some?: InputMaybe<CredentialHoldersConnectionWhere>;
};

export type CredentialHoldersConnectionSort = {
  edge?: InputMaybe<CredentialHoldingSort>;
  node?: InputMaybe<PersonSort>;
};

export type CredentialHoldersConnectionWhere = {
  AND?: InputMaybe<Array<CredentialHoldersConnectionWhere>>;
  NOT?: InputMaybe<CredentialHoldersConnectionWhere>;
  OR?: InputMaybe<Array<CredentialHoldersConnectionWhere>>;
  edge?: InputMaybe<CredentialHoldingWhere>;
  node?: InputMaybe<PersonWhere>;
};

export type CredentialHoldersCreateFieldInput = {
  edge: CredentialHoldingCreateInput;
  node: PersonCreateInput;
};

export type CredentialHoldersDeleteFieldInput = {
  delete?: InputMaybe<PersonDeleteInput>;
  where?: InputMaybe<CredentialHoldersConnectionWhere>;
};

export type CredentialHoldersDisconnectFieldInput = {
  disconnect?: InputMaybe<PersonDisconnectInput>;
  where?: InputMaybe<CredentialHoldersConnectionWhere>;
};

export type CredentialHoldersFieldInput = {
  connect?: InputMaybe<Array<CredentialHoldersConnectFieldInput>>;
  create?: InputMaybe<Array<CredentialHoldersCreateFieldInput>>;
};

export type CredentialHoldersNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<CredentialHoldersNodeAggregationWhereInput>>;
  NOT?: InputMaybe<CredentialHoldersNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<CredentialHoldersNodeAggregationWhereInput>>;
  availability?: InputMaybe<FloatScalarAggregationFilters>;
  location?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type CredentialHoldersRelationship = {
  __typename?: 'CredentialHoldersRelationship';
  cursor: Scalars['String']['output'];
  node: Person;
  properties: CredentialHolding;
};

export type CredentialHoldersUpdateConnectionInput = {
  edge?: InputMaybe<CredentialHoldingUpdateInput>;
  node?: InputMaybe<PersonUpdateInput>;
  where?: InputMaybe<CredentialHoldersConnectionWhere>;
};

export type CredentialHoldersUpdateFieldInput = {
  connect?: InputMaybe<Array<CredentialHoldersConnectFieldInput>>;
  create?: InputMaybe<Array<CredentialHoldersCreateFieldInput>>;
  delete?: InputMaybe<Array<CredentialHoldersDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<CredentialHoldersDisconnectFieldInput>>;
  update?: InputMaybe<CredentialHoldersUpdateConnectionInput>;
};

/**
 * The edge properties for the following fields:
 * * Credential.holders
 * * Person.credentials
 */
export type CredentialHolding = {
  __typename?: 'CredentialHolding';
  evidenceUrl?: Maybe<Scalars['URL']['output']>;
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  issuedAt: Scalars['DateTime']['output'];
  /** The organisation that issued it through issueCredential (null for holdings recorded otherwise). */
  issuerId?: Maybe<Scalars['ID']['output']>;
  revocationReason?: Maybe<Scalars['String']['output']>;
  /** When its issuer or an admin revoked it (revokeCredential); expiresAt then ends at the revocation. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  verified: Scalars['Boolean']['output'];
};

export type CredentialHoldingAggregationWhereInput = {
  AND?: InputMaybe<Array<CredentialHoldingAggregationWhereInput>>;
  NOT?: InputMaybe<CredentialHoldingAggregationWhereInput>;
  OR?: InputMaybe<Array<CredentialHoldingAggregationWhereInput>>;
  expiresAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  issuedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  revocationReason?: InputMaybe<StringScalarAggregationFilters>;
  revokedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
};

export type CredentialHoldingCreateInput = {
  evidenceUrl?: InputMaybe<Scalars['URL']['input']>;
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  issuedAt: Scalars['DateTime']['input'];
  issuerId?: InputMaybe<Scalars['ID']['input']>;
  revocationReason?: InputMaybe<Scalars['String']['input']>;
  revokedAt?: InputMaybe<Scalars['DateTime']['input']>;
  verified: Scalars['Boolean']['input'];
};

export type CredentialHoldingSort = {
  evidenceUrl?: InputMaybe<SortDirection>;
  expiresAt?: InputMaybe<SortDirection>;
  issuedAt?: InputMaybe<SortDirection>;
  issuerId?: InputMaybe<SortDirection>;
  revocationReason?: InputMaybe<SortDirection>;
  revokedAt?: InputMaybe<SortDirection>;
  verified?: InputMaybe<SortDirection>;
};

export type CredentialHoldingUpdateInput = {
  evidenceUrl?: InputMaybe<UrlScalarMutations>;
  expiresAt?: InputMaybe<DateTimeScalarMutations>;
  issuedAt?: InputMaybe<DateTimeScalarMutations>;
  issuerId?: InputMaybe<IdScalarMutations>;
  revocationReason?: InputMaybe<StringScalarMutations>;
  revokedAt?: InputMaybe<DateTimeScalarMutations>;
  verified?: InputMaybe<BooleanScalarMutations>;
};

export type CredentialHoldingWhere = {
  AND?: InputMaybe<Array<CredentialHoldingWhere>>;
  NOT?: InputMaybe<CredentialHoldingWhere>;
  OR?: InputMaybe<Array<CredentialHoldingWhere>>;
  evidenceUrl?: InputMaybe<UrlScalarFilters>;
  expiresAt?: InputMaybe<DateTimeScalarFilters>;
  issuedAt?: InputMaybe<DateTimeScalarFilters>;
  issuerId?: InputMaybe<IdScalarFilters>;
  revocationReason?: InputMaybe<StringScalarFilters>;
  revokedAt?: InputMaybe<DateTimeScalarFilters>;
  verified?: InputMaybe<BooleanScalarFilters>;
};

/** An item of issueCredentials: one of your organisation's credentials to one recipient. */
export type CredentialIssueInput = {
  credentialId: Scalars['ID']['input'];
  /** The learner's email address (give this or externalId). */
  email?: InputMaybe<Scalars['String']['input']>;
  evidenceUrl?: InputMaybe<Scalars['URL']['input']>;
  /** Default: the credential's validityMonths after issuedAt (never, when it has none). */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Your own id for the learner (give this or email). */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Default: now. */
  issuedAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A credential issued to your email that waits for you to claim it. */
export type CredentialOffer = {
  __typename?: 'CredentialOffer';
  credentialId: Scalars['ID']['output'];
  credentialTitle: Scalars['String']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  issuedAt: Scalars['DateTime']['output'];
  issuer: NamedRef;
  offerId: Scalars['ID']['output'];
};

export type CredentialPartOfConnectFieldInput = {
  connect?: InputMaybe<Array<CredentialConnectInput>>;
  edge: StackPartCreateInput;
  where?: InputMaybe<CredentialConnectWhere>;
};

export type CredentialPartOfConnection = {
  __typename?: 'CredentialPartOfConnection';
  aggregate: CredentialCredentialPartOfAggregateSelection;
  edges: Array<CredentialPartOfRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CredentialPartOfConnectionAggregateInput = {
  AND?: InputMaybe<Array<CredentialPartOfConnectionAggregateInput>>;
  NOT?: InputMaybe<CredentialPartOfConnectionAggregateInput>;
  OR?: InputMaybe<Array<CredentialPartOfConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<CredentialPartOfNodeAggregationWhereInput>;
};

export type CredentialPartOfConnectionFilters = {
  /** Filter Credentials by aggregating results on related CredentialPartOfConnections */
  aggregate?: InputMaybe<CredentialPartOfConnectionAggregateInput>;
  /** Return Credentials where all of the related CredentialPartOfConnections match this filter */
  all?: InputMaybe<CredentialPartOfConnectionWhere>;
  /** Return Credentials where none of the related CredentialPartOfConnections match this filter */
  none?: InputMaybe<CredentialPartOfConnectionWhere>;
  /** Return Credentials where one of the related CredentialPartOfConnections match this filter */
  single?: InputMaybe<CredentialPartOfConnectionWhere>;
  /** Return Credentials where some of the related CredentialPartOfConnections match this filter */
  some?: InputMaybe<CredentialPartOfConnectionWhere>;
};

export type CredentialPartOfConnectionSort = {
  edge?: InputMaybe<StackPartSort>;
  node?: InputMaybe<CredentialSort>;
};

export type CredentialPartOfConnectionWhere = {
  AND?: InputMaybe<Array<CredentialPartOfConnectionWhere>>;
  NOT?: InputMaybe<CredentialPartOfConnectionWhere>;
  OR?: InputMaybe<Array<CredentialPartOfConnectionWhere>>;
  edge?: InputMaybe<StackPartWhere>;
  node?: InputMaybe<CredentialWhere>;
};

export type CredentialPartOfCreateFieldInput = {
  edge: StackPartCreateInput;
  node: CredentialCreateInput;
};

export type CredentialPartOfDeleteFieldInput = {
  delete?: InputMaybe<CredentialDeleteInput>;
  where?: InputMaybe<CredentialPartOfConnectionWhere>;
};

export type CredentialPartOfDisconnectFieldInput = {
  disconnect?: InputMaybe<CredentialDisconnectInput>;
  where?: InputMaybe<CredentialPartOfConnectionWhere>;
};

export type CredentialPartOfFieldInput = {
  connect?: InputMaybe<Array<CredentialPartOfConnectFieldInput>>;
  create?: InputMaybe<Array<CredentialPartOfCreateFieldInput>>;
};

export type CredentialPartOfNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<CredentialPartOfNodeAggregationWhereInput>>;
  NOT?: InputMaybe<CredentialPartOfNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<CredentialPartOfNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  ects?: InputMaybe<FloatScalarAggregationFilters>;
  eqfLevel?: InputMaybe<IntScalarAggregationFilters>;
  gradingScheme?: InputMaybe<StringScalarAggregationFilters>;
  identityVerification?: InputMaybe<StringScalarAggregationFilters>;
  qualityAssurance?: InputMaybe<StringScalarAggregationFilters>;
  requiredParts?: InputMaybe<IntScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
  validityMonths?: InputMaybe<IntScalarAggregationFilters>;
  workloadHours?: InputMaybe<FloatScalarAggregationFilters>;
};

export type CredentialPartOfRelationship = {
  __typename?: 'CredentialPartOfRelationship';
  cursor: Scalars['String']['output'];
  node: Credential;
  properties: StackPart;
};

export type CredentialPartOfUpdateConnectionInput = {
  edge?: InputMaybe<StackPartUpdateInput>;
  node?: InputMaybe<CredentialUpdateInput>;
  where?: InputMaybe<CredentialPartOfConnectionWhere>;
};

export type CredentialPartOfUpdateFieldInput = {
  connect?: InputMaybe<Array<CredentialPartOfConnectFieldInput>>;
  create?: InputMaybe<Array<CredentialPartOfCreateFieldInput>>;
  delete?: InputMaybe<Array<CredentialPartOfDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<CredentialPartOfDisconnectFieldInput>>;
  update?: InputMaybe<CredentialPartOfUpdateConnectionInput>;
};

export type CredentialPartsConnectFieldInput = {
  connect?: InputMaybe<Array<CredentialConnectInput>>;
  edge: StackPartCreateInput;
  where?: InputMaybe<CredentialConnectWhere>;
};

export type CredentialPartsConnection = {
  __typename?: 'CredentialPartsConnection';
  aggregate: CredentialCredentialPartsAggregateSelection;
  edges: Array<CredentialPartsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CredentialPartsConnectionAggregateInput = {
  AND?: InputMaybe<Array<CredentialPartsConnectionAggregateInput>>;
  NOT?: InputMaybe<CredentialPartsConnectionAggregateInput>;
  OR?: InputMaybe<Array<CredentialPartsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<CredentialPartsNodeAggregationWhereInput>;
};

export type CredentialPartsConnectionFilters = {
  /** Filter Credentials by aggregating results on related CredentialPartsConnections */
  aggregate?: InputMaybe<CredentialPartsConnectionAggregateInput>;
  /** Return Credentials where all of the related CredentialPartsConnections match this filter */
  all?: InputMaybe<CredentialPartsConnectionWhere>;
  /** Return Credentials where none of the related CredentialPartsConnections match this filter */
  none?: InputMaybe<CredentialPartsConnectionWhere>;
  /** Return Credentials where one of the related CredentialPartsConnections match this filter */
  single?: InputMaybe<CredentialPartsConnectionWhere>;
  /** Return Credentials where some of the related CredentialPartsConnections match this filter */
  some?: InputMaybe<CredentialPartsConnectionWhere>;
};

export type CredentialPartsConnectionSort = {
  edge?: InputMaybe<StackPartSort>;
  node?: InputMaybe<CredentialSort>;
};

export type CredentialPartsConnectionWhere = {
  AND?: InputMaybe<Array<CredentialPartsConnectionWhere>>;
  NOT?: InputMaybe<CredentialPartsConnectionWhere>;
  OR?: InputMaybe<Array<CredentialPartsConnectionWhere>>;
  edge?: InputMaybe<StackPartWhere>;
  node?: InputMaybe<CredentialWhere>;
};

export type CredentialPartsCreateFieldInput = {
  edge: StackPartCreateInput;
  node: CredentialCreateInput;
};

export type CredentialPartsDeleteFieldInput = {
  delete?: InputMaybe<CredentialDeleteInput>;
  where?: InputMaybe<CredentialPartsConnectionWhere>;
};

export type CredentialPartsDisconnectFieldInput = {
  disconnect?: InputMaybe<CredentialDisconnectInput>;
  where?: InputMaybe<CredentialPartsConnectionWhere>;
};

export type CredentialPartsFieldInput = {
  connect?: InputMaybe<Array<CredentialPartsConnectFieldInput>>;
  create?: InputMaybe<Array<CredentialPartsCreateFieldInput>>;
};

export type CredentialPartsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<CredentialPartsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<CredentialPartsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<CredentialPartsNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  ects?: InputMaybe<FloatScalarAggregationFilters>;
  eqfLevel?: InputMaybe<IntScalarAggregationFilters>;
  gradingScheme?: InputMaybe<StringScalarAggregationFilters>;
  identityVerification?: InputMaybe<StringScalarAggregationFilters>;
  qualityAssurance?: InputMaybe<StringScalarAggregationFilters>;
  requiredParts?: InputMaybe<IntScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
  validityMonths?: InputMaybe<IntScalarAggregationFilters>;
  workloadHours?: InputMaybe<FloatScalarAggregationFilters>;
};

export type CredentialPartsRelationship = {
  __typename?: 'CredentialPartsRelationship';
  cursor: Scalars['String']['output'];
  node: Credential;
  properties: StackPart;
};

export type CredentialPartsUpdateConnectionInput = {
  edge?: InputMaybe<StackPartUpdateInput>;
  node?: InputMaybe<CredentialUpdateInput>;
  where?: InputMaybe<CredentialPartsConnectionWhere>;
};

export type CredentialPartsUpdateFieldInput = {
  connect?: InputMaybe<Array<CredentialPartsConnectFieldInput>>;
  create?: InputMaybe<Array<CredentialPartsCreateFieldInput>>;
  delete?: InputMaybe<Array<CredentialPartsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<CredentialPartsDisconnectFieldInput>>;
  update?: InputMaybe<CredentialPartsUpdateConnectionInput>;
};

export type CredentialPersonHoldersAggregateSelection = {
  __typename?: 'CredentialPersonHoldersAggregateSelection';
  count: CountConnection;
  edge?: Maybe<CredentialPersonHoldersEdgeAggregateSelection>;
  node?: Maybe<CredentialPersonHoldersNodeAggregateSelection>;
};

export type CredentialPersonHoldersEdgeAggregateSelection = {
  __typename?: 'CredentialPersonHoldersEdgeAggregateSelection';
  expiresAt: DateTimeAggregateSelection;
  issuedAt: DateTimeAggregateSelection;
  revocationReason: StringAggregateSelection;
  revokedAt: DateTimeAggregateSelection;
};

export type CredentialPersonHoldersNodeAggregateSelection = {
  __typename?: 'CredentialPersonHoldersNodeAggregateSelection';
  availability: FloatAggregateSelection;
  location: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type CredentialPreparedByConnectFieldInput = {
  connect?: InputMaybe<Array<CourseConnectInput>>;
  where?: InputMaybe<CourseConnectWhere>;
};

export type CredentialPreparedByConnection = {
  __typename?: 'CredentialPreparedByConnection';
  aggregate: CredentialCoursePreparedByAggregateSelection;
  edges: Array<CredentialPreparedByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CredentialPreparedByConnectionAggregateInput = {
  AND?: InputMaybe<Array<CredentialPreparedByConnectionAggregateInput>>;
  NOT?: InputMaybe<CredentialPreparedByConnectionAggregateInput>;
  OR?: InputMaybe<Array<CredentialPreparedByConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<CredentialPreparedByNodeAggregationWhereInput>;
};

export type CredentialPreparedByConnectionFilters = {
  /** Filter Credentials by aggregating results on related CredentialPreparedByConnections */
  aggregate?: InputMaybe<CredentialPreparedByConnectionAggregateInput>;
  /** Return Credentials where all of the related CredentialPreparedByConnections match this filter */
  all?: InputMaybe<CredentialPreparedByConnectionWhere>;
  /** Return Credentials where none of the related CredentialPreparedByConnections match this filter */
  none?: InputMaybe<CredentialPreparedByConnectionWhere>;
  /** Return Credentials where one of the related CredentialPreparedByConnections match this filter */
  single?: InputMaybe<CredentialPreparedByConnectionWhere>;
  /** Return Credentials where some of the related CredentialPreparedByConnections match this filter */
  some?: InputMaybe<CredentialPreparedByConnectionWhere>;
};

export type CredentialPreparedByConnectionSort = {
  node?: InputMaybe<CourseSort>;
};

export type CredentialPreparedByConnectionWhere = {
  AND?: InputMaybe<Array<CredentialPreparedByConnectionWhere>>;
  NOT?: InputMaybe<CredentialPreparedByConnectionWhere>;
  OR?: InputMaybe<Array<CredentialPreparedByConnectionWhere>>;
  node?: InputMaybe<CourseWhere>;
};

export type CredentialPreparedByCreateFieldInput = {
  node: CourseCreateInput;
};

export type CredentialPreparedByDeleteFieldInput = {
  delete?: InputMaybe<CourseDeleteInput>;
  where?: InputMaybe<CredentialPreparedByConnectionWhere>;
};

export type CredentialPreparedByDisconnectFieldInput = {
  disconnect?: InputMaybe<CourseDisconnectInput>;
  where?: InputMaybe<CredentialPreparedByConnectionWhere>;
};

export type CredentialPreparedByFieldInput = {
  connect?: InputMaybe<Array<CredentialPreparedByConnectFieldInput>>;
  create?: InputMaybe<Array<CredentialPreparedByCreateFieldInput>>;
};

export type CredentialPreparedByNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<CredentialPreparedByNodeAggregationWhereInput>>;
  NOT?: InputMaybe<CredentialPreparedByNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<CredentialPreparedByNodeAggregationWhereInput>>;
  cost?: InputMaybe<FloatScalarAggregationFilters>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  durationMinutes?: InputMaybe<IntScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type CredentialPreparedByRelationship = {
  __typename?: 'CredentialPreparedByRelationship';
  cursor: Scalars['String']['output'];
  node: Course;
};

export type CredentialPreparedByUpdateConnectionInput = {
  node?: InputMaybe<CourseUpdateInput>;
  where?: InputMaybe<CredentialPreparedByConnectionWhere>;
};

export type CredentialPreparedByUpdateFieldInput = {
  connect?: InputMaybe<Array<CredentialPreparedByConnectFieldInput>>;
  create?: InputMaybe<Array<CredentialPreparedByCreateFieldInput>>;
  delete?: InputMaybe<Array<CredentialPreparedByDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<CredentialPreparedByDisconnectFieldInput>>;
  update?: InputMaybe<CredentialPreparedByUpdateConnectionInput>;
};

export type CredentialPrerequisitesConnectFieldInput = {
  connect?: InputMaybe<Array<CredentialConnectInput>>;
  where?: InputMaybe<CredentialConnectWhere>;
};

export type CredentialPrerequisitesConnection = {
  __typename?: 'CredentialPrerequisitesConnection';
  aggregate: CredentialCredentialPrerequisitesAggregateSelection;
  edges: Array<CredentialPrerequisitesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CredentialPrerequisitesConnectionAggregateInput = {
  AND?: InputMaybe<Array<CredentialPrerequisitesConnectionAggregateInput>>;
  NOT?: InputMaybe<CredentialPrerequisitesConnectionAggregateInput>;
  OR?: InputMaybe<Array<CredentialPrerequisitesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<CredentialPrerequisitesNodeAggregationWhereInput>;
};

export type CredentialPrerequisitesConnectionFilters = {
  /** Filter Credentials by aggregating results on related CredentialPrerequisitesConnections */
  aggregate?: InputMaybe<CredentialPrerequisitesConnectionAggregateInput>;
  /** Return Credentials where all of the related CredentialPrerequisitesConnections match this filter */
  all?: InputMaybe<CredentialPrerequisitesConnectionWhere>;
  /** Return Credentials where none of the related CredentialPrerequisitesConnections match this filter */
  none?: InputMaybe<CredentialPrerequisitesConnectionWhere>;
  /** Return Credentials where one of the related CredentialPrerequisitesConnections match this filter */
  single?: InputMaybe<CredentialPrerequisitesConnectionWhere>;
  /** Return Credentials where some of the related CredentialPrerequisitesConnections match this filter */
  some?: InputMaybe<CredentialPrerequisitesConnectionWhere>;
};

export type CredentialPrerequisitesConnectionSort = {
  node?: InputMaybe<CredentialSort>;
};

export type CredentialPrerequisitesConnectionWhere = {
  AND?: InputMaybe<Array<CredentialPrerequisitesConnectionWhere>>;
  NOT?: InputMaybe<CredentialPrerequisitesConnectionWhere>;
  OR?: InputMaybe<Array<CredentialPrerequisitesConnectionWhere>>;
  node?: InputMaybe<CredentialWhere>;
};

export type CredentialPrerequisitesCreateFieldInput = {
  node: CredentialCreateInput;
};

export type CredentialPrerequisitesDeleteFieldInput = {
  delete?: InputMaybe<CredentialDeleteInput>;
  where?: InputMaybe<CredentialPrerequisitesConnectionWhere>;
};

export type CredentialPrerequisitesDisconnectFieldInput = {
  disconnect?: InputMaybe<CredentialDisconnectInput>;
  where?: InputMaybe<CredentialPrerequisitesConnectionWhere>;
};

export type CredentialPrerequisitesFieldInput = {
  connect?: InputMaybe<Array<CredentialPrerequisitesConnectFieldInput>>;
  create?: InputMaybe<Array<CredentialPrerequisitesCreateFieldInput>>;
};

export type CredentialPrerequisitesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<CredentialPrerequisitesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<CredentialPrerequisitesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<CredentialPrerequisitesNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  ects?: InputMaybe<FloatScalarAggregationFilters>;
  eqfLevel?: InputMaybe<IntScalarAggregationFilters>;
  gradingScheme?: InputMaybe<StringScalarAggregationFilters>;
  identityVerification?: InputMaybe<StringScalarAggregationFilters>;
  qualityAssurance?: InputMaybe<StringScalarAggregationFilters>;
  requiredParts?: InputMaybe<IntScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
  validityMonths?: InputMaybe<IntScalarAggregationFilters>;
  workloadHours?: InputMaybe<FloatScalarAggregationFilters>;
};

export type CredentialPrerequisitesRelationship = {
  __typename?: 'CredentialPrerequisitesRelationship';
  cursor: Scalars['String']['output'];
  node: Credential;
};

export type CredentialPrerequisitesUpdateConnectionInput = {
  node?: InputMaybe<CredentialUpdateInput>;
  where?: InputMaybe<CredentialPrerequisitesConnectionWhere>;
};

export type CredentialPrerequisitesUpdateFieldInput = {
  connect?: InputMaybe<Array<CredentialPrerequisitesConnectFieldInput>>;
  create?: InputMaybe<Array<CredentialPrerequisitesCreateFieldInput>>;
  delete?: InputMaybe<Array<CredentialPrerequisitesDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<CredentialPrerequisitesDisconnectFieldInput>>;
  update?: InputMaybe<CredentialPrerequisitesUpdateConnectionInput>;
};

/** A person's progress towards a credential and the cheapest way to complete it. */
export type CredentialProgress = {
  __typename?: 'CredentialProgress';
  asOf: Scalars['DateTime']['output'];
  complete: Scalars['Boolean']['output'];
  credentialId: Scalars['ID']['output'];
  expired: Array<PartProgress>;
  explanation: Scalars['String']['output'];
  held: Array<PartProgress>;
  missing: Array<PartProgress>;
  /** Every credential in the stack, the one asked about first. */
  parts: Array<PartProgress>;
  personId: Scalars['ID']['output'];
  personName: Scalars['String']['output'];
  plan: LearningPlan;
  prerequisitesMet: Scalars['Boolean']['output'];
  remainingMinutes: Scalars['Int']['output'];
  rules: Array<StackRule>;
  /**
   * 1 when held. For a stack, the mean share of the parts its rule needs (mandatory parts, then the best others); for
   * a credential without parts, the share of its certified skill levels the person already has.
   */
  shareComplete: Scalars['Float']['output'];
  status: HoldingStatus;
  title: Scalars['String']['output'];
};

export type CredentialRef = {
  __typename?: 'CredentialRef';
  credentialId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type CredentialRelationshipFilters = {
  /** Filter type where all of the related Credentials match this filter */
  all?: InputMaybe<CredentialWhere>;
  /** Filter type where none of the related Credentials match this filter */
  none?: InputMaybe<CredentialWhere>;
  /** Filter type where one of the related Credentials match this filter */
  single?: InputMaybe<CredentialWhere>;
  /** Filter type where some of the related Credentials match this filter */
  some?: InputMaybe<CredentialWhere>;
};

export type CredentialSkillCertifiesAggregateSelection = {
  __typename?: 'CredentialSkillCertifiesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<CredentialSkillCertifiesEdgeAggregateSelection>;
  node?: Maybe<CredentialSkillCertifiesNodeAggregateSelection>;
};

export type CredentialSkillCertifiesEdgeAggregateSelection = {
  __typename?: 'CredentialSkillCertifiesEdgeAggregateSelection';
  level: IntAggregateSelection;
};

export type CredentialSkillCertifiesNodeAggregateSelection = {
  __typename?: 'CredentialSkillCertifiesNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

/** Fields to sort Credentials by. The order in which sorts are applied is not guaranteed when specifying many fields in one CredentialSort object. */
export type CredentialSort = {
  assessmentType?: InputMaybe<SortDirection>;
  description?: InputMaybe<SortDirection>;
  ects?: InputMaybe<SortDirection>;
  eqfLevel?: InputMaybe<SortDirection>;
  euMicroCredential?: InputMaybe<SortDirection>;
  gradingScheme?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  identityVerification?: InputMaybe<SortDirection>;
  language?: InputMaybe<SortDirection>;
  participationForm?: InputMaybe<SortDirection>;
  qualityAssurance?: InputMaybe<SortDirection>;
  requiredParts?: InputMaybe<SortDirection>;
  title?: InputMaybe<SortDirection>;
  url?: InputMaybe<SortDirection>;
  validityMonths?: InputMaybe<SortDirection>;
  workloadHours?: InputMaybe<SortDirection>;
};

export type CredentialStack = {
  __typename?: 'CredentialStack';
  credentialId: Scalars['ID']['output'];
  entries: Array<StackEntry>;
  prerequisites: Array<CredentialRef>;
  rule?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type CredentialUpdateInput = {
  assessmentType?: InputMaybe<AssessmentTypeEnumScalarMutations>;
  certifies?: InputMaybe<Array<CredentialCertifiesUpdateFieldInput>>;
  description?: InputMaybe<StringScalarMutations>;
  /** Allowed: a number of 0 or more. */
  ects?: InputMaybe<FloatScalarMutations>;
  /** Allowed: a whole number from 1 to 8. */
  eqfLevel?: InputMaybe<IntScalarMutations>;
  euMicroCredential?: InputMaybe<BooleanScalarMutations>;
  gradingScheme?: InputMaybe<StringScalarMutations>;
  holders?: InputMaybe<Array<CredentialHoldersUpdateFieldInput>>;
  id?: InputMaybe<IdScalarMutations>;
  identityVerification?: InputMaybe<StringScalarMutations>;
  language?: InputMaybe<LocaleScalarMutations>;
  learningOutcomes?: InputMaybe<ListStringMutations>;
  partOf?: InputMaybe<Array<CredentialPartOfUpdateFieldInput>>;
  participationForm?: InputMaybe<DeliveryFormatEnumScalarMutations>;
  parts?: InputMaybe<Array<CredentialPartsUpdateFieldInput>>;
  preparedBy?: InputMaybe<Array<CredentialPreparedByUpdateFieldInput>>;
  prerequisites?: InputMaybe<Array<CredentialPrerequisitesUpdateFieldInput>>;
  qualityAssurance?: InputMaybe<StringScalarMutations>;
  /** Allowed: a whole number of 1 or more. */
  requiredParts?: InputMaybe<IntScalarMutations>;
  title?: InputMaybe<StringScalarMutations>;
  url?: InputMaybe<UrlScalarMutations>;
  /** Allowed: a whole number of 1 or more. */
  validityMonths?: InputMaybe<IntScalarMutations>;
  /** Allowed: a number of 0 or more. */
  workloadHours?: InputMaybe<FloatScalarMutations>;
};

export type CredentialVerification = {
  __typename?: 'CredentialVerification';
  checks: Array<CredentialCheck>;
  /** The credential, once its signature is verified; null otherwise. */
  credential?: Maybe<Scalars['JSONObject']['output']>;
  /** The issuer the credential names (verified only when the signature check passed). */
  issuerId?: Maybe<Scalars['String']['output']>;
  /** True only when every check passed. */
  valid: Scalars['Boolean']['output'];
};

export type CredentialWhere = {
  AND?: InputMaybe<Array<CredentialWhere>>;
  NOT?: InputMaybe<CredentialWhere>;
  OR?: InputMaybe<Array<CredentialWhere>>;
  assessmentType?: InputMaybe<AssessmentTypeEnumScalarFilters>;
  awardingBody?: InputMaybe<OrganizationWhere>;
  awardingBodyConnection?: InputMaybe<CredentialAwardingBodyConnectionWhere>;
  certifies?: InputMaybe<SkillRelationshipFilters>;
  certifiesConnection?: InputMaybe<CredentialCertifiesConnectionFilters>;
  description?: InputMaybe<StringScalarFilters>;
  ects?: InputMaybe<FloatScalarFilters>;
  eqfLevel?: InputMaybe<IntScalarFilters>;
  euMicroCredential?: InputMaybe<BooleanScalarFilters>;
  gradingScheme?: InputMaybe<StringScalarFilters>;
  holders?: InputMaybe<PersonRelationshipFilters>;
  holdersConnection?: InputMaybe<CredentialHoldersConnectionFilters>;
  id?: InputMaybe<IdScalarFilters>;
  identityVerification?: InputMaybe<StringScalarFilters>;
  language?: InputMaybe<LocaleScalarFilters>;
  learningOutcomes?: InputMaybe<StringListFilters>;
  partOf?: InputMaybe<CredentialRelationshipFilters>;
  partOfConnection?: InputMaybe<CredentialPartOfConnectionFilters>;
  participationForm?: InputMaybe<DeliveryFormatEnumScalarFilters>;
  parts?: InputMaybe<CredentialRelationshipFilters>;
  partsConnection?: InputMaybe<CredentialPartsConnectionFilters>;
  preparedBy?: InputMaybe<CourseRelationshipFilters>;
  preparedByConnection?: InputMaybe<CredentialPreparedByConnectionFilters>;
  prerequisites?: InputMaybe<CredentialRelationshipFilters>;
  prerequisitesConnection?: InputMaybe<CredentialPrerequisitesConnectionFilters>;
  qualityAssurance?: InputMaybe<StringScalarFilters>;
  requiredParts?: InputMaybe<IntScalarFilters>;
  title?: InputMaybe<StringScalarFilters>;
  url?: InputMaybe<UrlScalarFilters>;
  validityMonths?: InputMaybe<IntScalarFilters>;
  workloadHours?: InputMaybe<FloatScalarFilters>;
};

export type CredentialsConnection = {
  __typename?: 'CredentialsConnection';
  aggregate: CredentialAggregate;
  edges: Array<CredentialEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/**
 * The edge properties for the following fields:
 * * Role.equivalentRoles
 * * Role.equivalentOf
 */
export type Crosswalk = {
  __typename?: 'Crosswalk';
  /**
   * The crosswalk's confidence (Nesta: 0.5 to 2).
   * Allowed: a number of 0 or more.
   */
  confidence?: Maybe<Scalars['Float']['output']>;
  /**
   * Semantic similarity of the two occupations' descriptions (cosine).
   * Allowed: a number from -1 to 1.
   */
  similarity?: Maybe<Scalars['Float']['output']>;
  source: Scalars['String']['output'];
};

export type CrosswalkAggregationWhereInput = {
  AND?: InputMaybe<Array<CrosswalkAggregationWhereInput>>;
  NOT?: InputMaybe<CrosswalkAggregationWhereInput>;
  OR?: InputMaybe<Array<CrosswalkAggregationWhereInput>>;
  confidence?: InputMaybe<FloatScalarAggregationFilters>;
  similarity?: InputMaybe<FloatScalarAggregationFilters>;
  source?: InputMaybe<StringScalarAggregationFilters>;
};

export type CrosswalkCreateInput = {
  /** Allowed: a number of 0 or more. */
  confidence?: InputMaybe<Scalars['Float']['input']>;
  /** Allowed: a number from -1 to 1. */
  similarity?: InputMaybe<Scalars['Float']['input']>;
  source: Scalars['String']['input'];
};

export type CrosswalkSort = {
  confidence?: InputMaybe<SortDirection>;
  similarity?: InputMaybe<SortDirection>;
  source?: InputMaybe<SortDirection>;
};

export type CrosswalkUpdateInput = {
  /** Allowed: a number of 0 or more. */
  confidence?: InputMaybe<FloatScalarMutations>;
  /** Allowed: a number from -1 to 1. */
  similarity?: InputMaybe<FloatScalarMutations>;
  source?: InputMaybe<StringScalarMutations>;
};

export type CrosswalkWhere = {
  AND?: InputMaybe<Array<CrosswalkWhere>>;
  NOT?: InputMaybe<CrosswalkWhere>;
  OR?: InputMaybe<Array<CrosswalkWhere>>;
  confidence?: InputMaybe<FloatScalarFilters>;
  similarity?: InputMaybe<FloatScalarFilters>;
  source?: InputMaybe<StringScalarFilters>;
};

/** Currency filters */
export type CurrencyScalarFilters = {
  eq?: InputMaybe<Scalars['Currency']['input']>;
  in?: InputMaybe<Array<Scalars['Currency']['input']>>;
};

/** Currency filters */
export type CurrencyScalarMutations = {
  set?: InputMaybe<Scalars['Currency']['input']>;
};

/** Date filters */
export type DateScalarFilters = {
  eq?: InputMaybe<Scalars['Date']['input']>;
  gt?: InputMaybe<Scalars['Date']['input']>;
  gte?: InputMaybe<Scalars['Date']['input']>;
  in?: InputMaybe<Array<Scalars['Date']['input']>>;
  lt?: InputMaybe<Scalars['Date']['input']>;
  lte?: InputMaybe<Scalars['Date']['input']>;
};

/** Date mutations */
export type DateScalarMutations = {
  set?: InputMaybe<Scalars['Date']['input']>;
};

export type DateTimeAggregateSelection = {
  __typename?: 'DateTimeAggregateSelection';
  max?: Maybe<Scalars['DateTime']['output']>;
  min?: Maybe<Scalars['DateTime']['output']>;
};

/** Filters for an aggregation of an DateTime input field */
export type DateTimeScalarAggregationFilters = {
  max?: InputMaybe<DateTimeScalarFilters>;
  min?: InputMaybe<DateTimeScalarFilters>;
};

/** DateTime filters */
export type DateTimeScalarFilters = {
  eq?: InputMaybe<Scalars['DateTime']['input']>;
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  lte?: InputMaybe<Scalars['DateTime']['input']>;
};

/** DateTime mutations */
export type DateTimeScalarMutations = {
  set?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Information about the number of nodes and relationships deleted during a delete mutation */
export type DeleteInfo = {
  __typename?: 'DeleteInfo';
  nodesDeleted: Scalars['Int']['output'];
  relationshipsDeleted: Scalars['Int']['output'];
};

export type DeliveryFormat =
  | 'BLENDED'
  | 'ONLINE'
  | 'ONSITE';

/** DeliveryFormat filters */
export type DeliveryFormatEnumScalarFilters = {
  eq?: InputMaybe<DeliveryFormat>;
  in?: InputMaybe<Array<DeliveryFormat>>;
};

/** DeliveryFormat mutations */
export type DeliveryFormatEnumScalarMutations = {
  set?: InputMaybe<DeliveryFormat>;
};

export type DemandAtLevel = {
  __typename?: 'DemandAtLevel';
  headcount: Scalars['Int']['output'];
  level: Scalars['Int']['output'];
  openings: Scalars['Int']['output'];
  roles: Array<Scalars['String']['output']>;
};

/** A credential whose certified skills the plan brings within reach, after the given step. */
export type EligibleCredential = {
  __typename?: 'EligibleCredential';
  afterStep: Scalars['Int']['output'];
  credentialId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

/** EmailAddress filters */
export type EmailAddressScalarFilters = {
  eq?: InputMaybe<Scalars['EmailAddress']['input']>;
  in?: InputMaybe<Array<Scalars['EmailAddress']['input']>>;
};

/** EmailAddress filters */
export type EmailAddressScalarMutations = {
  set?: InputMaybe<Scalars['EmailAddress']['input']>;
};

/** An erasure as recorded: the tombstone kept in place of the person (no personal data). */
export type ErasureReceipt = {
  __typename?: 'ErasureReceipt';
  /** True when the person had already been erased: this answer is the first erasure's. */
  alreadyErased: Scalars['Boolean']['output'];
  erasedAt: Scalars['DateTime']['output'];
  personId: Scalars['ID']['output'];
  /** The person's request, as the admin referenced it (a ticket number). */
  reference?: Maybe<Scalars['String']['output']>;
  /** The person's relationships removed with them (evidence, holdings, completions, roles, memberships). */
  relationshipsRemoved: Scalars['Int']['output'];
  /** The admin token's subject that erased the person. */
  requestedBy: Scalars['String']['output'];
};

/** A piece of skill evidence as written. */
export type EvidenceReceipt = {
  __typename?: 'EvidenceReceipt';
  assessedAt: Scalars['DateTime']['output'];
  level: Scalars['Int']['output'];
  personId: Scalars['ID']['output'];
  skillId: Scalars['ID']['output'];
  skillName: Scalars['String']['output'];
  source: EvidenceSource;
  validUntil?: Maybe<Scalars['DateTime']['output']>;
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
  eq?: InputMaybe<EvidenceSource>;
  in?: InputMaybe<Array<EvidenceSource>>;
};

/** EvidenceSource mutations */
export type EvidenceSourceEnumScalarMutations = {
  set?: InputMaybe<EvidenceSource>;
};

/** A piece of evidence as used in an answer: where it comes from, the level it gives, and whether it still counts. */
export type EvidenceUsed = {
  __typename?: 'EvidenceUsed';
  assessedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The evidence policy counted it below its level. */
  capped: Scalars['Boolean']['output'];
  /** How sure the source is, 0 to 1, where it says (a completed course: the configured completion confidence). */
  confidence?: Maybe<Scalars['Float']['output']>;
  /**
   * The level it counts for on the required skill: capped by the evidence policy for its source (by default a
   * self-assessment counts at most 3, a peer's word at most 4), then one less when it is about a narrower skill.
   */
  countsAs: Scalars['Int']['output'];
  /** The completed course an inferred level comes from. */
  courseId?: Maybe<Scalars['ID']['output']>;
  courseTitle?: Maybe<Scalars['String']['output']>;
  credentialId?: Maybe<Scalars['ID']['output']>;
  credentialTitle?: Maybe<Scalars['String']['output']>;
  expired: Scalars['Boolean']['output'];
  level: Scalars['Int']['output'];
  /** The skill the evidence is about: the required one, or a narrower one. */
  skillId: Scalars['ID']['output'];
  skillName: Scalars['String']['output'];
  /**
   * SELF, MANAGER, PEER, ASSESSED or INFERRED skill evidence, CREDENTIAL for a held credential, or INFERRED with a
   * course for a completed course (at the level the course teaches).
   */
  source: Scalars['String']['output'];
  validUntil?: Maybe<Scalars['DateTime']['output']>;
  verified?: Maybe<Scalars['Boolean']['output']>;
  viaNarrower: Scalars['Boolean']['output'];
};

export type ExpiringHolding = {
  __typename?: 'ExpiringHolding';
  credentialId: Scalars['ID']['output'];
  daysLeft: Scalars['Int']['output'];
  expiresAt: Scalars['DateTime']['output'];
  issuedAt?: Maybe<Scalars['DateTime']['output']>;
  personId: Scalars['ID']['output'];
  personName: Scalars['String']['output'];
  /** Stacks whose rules the person meets now and would no longer meet once this holding expires. */
  stacksAtRisk: Array<StackAtRisk>;
  title: Scalars['String']['output'];
  verified?: Maybe<Scalars['Boolean']['output']>;
};

/** A holding exported as an Open Badges 3.0 OpenBadgeCredential, secured as a VC-JOSE compact JWS. */
export type ExportedCredential = {
  __typename?: 'ExportedCredential';
  /** The OpenBadgeCredential the JWS carries, for display. */
  credential: Scalars['JSONObject']['output'];
  holdingId: Scalars['ID']['output'];
  /** The compact JWS signed with the issuing deployment's key: what a verifier (verifyCredential, or any VC-JOSE verifier) checks. */
  jws: Scalars['String']['output'];
  /** application/vc+jwt */
  mediaType: Scalars['String']['output'];
};

export type FloatAggregateSelection = {
  __typename?: 'FloatAggregateSelection';
  average?: Maybe<Scalars['Float']['output']>;
  max?: Maybe<Scalars['Float']['output']>;
  min?: Maybe<Scalars['Float']['output']>;
  sum?: Maybe<Scalars['Float']['output']>;
};

/** Filters for an aggregation of a float field */
export type FloatScalarAggregationFilters = {
  average?: InputMaybe<FloatScalarFilters>;
  max?: InputMaybe<FloatScalarFilters>;
  min?: InputMaybe<FloatScalarFilters>;
  sum?: InputMaybe<FloatScalarFilters>;
};

/** Float filters */
export type FloatScalarFilters = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  in?: InputMaybe<Array<Scalars['Float']['input']>>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** Float mutations */
export type FloatScalarMutations = {
  add?: InputMaybe<Scalars['Float']['input']>;
  divide?: InputMaybe<Scalars['Float']['input']>;
  multiply?: InputMaybe<Scalars['Float']['input']>;
  set?: InputMaybe<Scalars['Float']['input']>;
  subtract?: InputMaybe<Scalars['Float']['input']>;
};

/** An open position a person could grow into: where, which role, how well they fit now, and what it would take. */
export type GrowthPosition = {
  __typename?: 'GrowthPosition';
  essentialCoverage: Scalars['Float']['output'];
  explanation: Scalars['String']['output'];
  /** The person's fit for the role now (as skillGap). */
  fit: Scalars['Float']['output'];
  /** The requirements not met yet, essential first, each with the evidence that counted. */
  gap: Array<SkillGapRow>;
  missingEssentials: Scalars['Int']['output'];
  openings: Scalars['Int']['output'];
  orgUnitId: Scalars['ID']['output'];
  orgUnitName: Scalars['String']['output'];
  roleId: Scalars['ID']['output'];
  roleTitle: Scalars['String']['output'];
  /** The cost of the move from the person (as adjacentRoles by COST): 0 when every requirement is met. */
  transitionCost: Scalars['Float']['output'];
};

export type GrowthPositions = {
  __typename?: 'GrowthPositions';
  asOf: Scalars['DateTime']['output'];
  includeNarrower: Scalars['Boolean']['output'];
  orgUnitId?: Maybe<Scalars['ID']['output']>;
  personId: Scalars['ID']['output'];
  personName: Scalars['String']['output'];
  /** Best fit first, then the cheaper move, then role title and unit id. */
  positions: Array<GrowthPosition>;
  /** Open positions scored: every position with openings in scope whose role has requirements, the person's own roles left out. */
  positionsConsidered: Scalars['Int']['output'];
};

/** A credential holding as written: verified, with the issuer. */
export type HoldingReceipt = {
  __typename?: 'HoldingReceipt';
  credentialId: Scalars['ID']['output'];
  credentialTitle: Scalars['String']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Names the holding in revokeCredential (and, for the holder, exportCredential). */
  holdingId: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  issuerId: Scalars['ID']['output'];
  personId: Scalars['ID']['output'];
  verified: Scalars['Boolean']['output'];
};

export type HoldingStatus =
  /** Held, but every holding has expired. */
  | 'EXPIRED'
  | 'NONE'
  /** Held and not expired. */
  | 'VALID';

/** ID filters */
export type IdScalarFilters = {
  contains?: InputMaybe<Scalars['ID']['input']>;
  endsWith?: InputMaybe<Scalars['ID']['input']>;
  eq?: InputMaybe<Scalars['ID']['input']>;
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  startsWith?: InputMaybe<Scalars['ID']['input']>;
};

/** ID mutations */
export type IdScalarMutations = {
  set?: InputMaybe<Scalars['ID']['input']>;
};

/** A credential from another deployment, recorded in the holder's wallet (importCredential). */
export type ImportReceipt = {
  __typename?: 'ImportReceipt';
  /** True when this document was imported before: nothing changed. */
  alreadyImported: Scalars['Boolean']['output'];
  /** The achievement as a credential of this graph (one per issuer and achievement). */
  credentialId: Scalars['ID']['output'];
  holdingId: Scalars['ID']['output'];
  issuer: NamedRef;
  /** The alignments mapped to this graph's skills by URI, at the level the credential's results name: counted as credential evidence. */
  skills: Array<ImportedSkill>;
  title: Scalars['String']['output'];
  /** Alignments that are not counted, each with the reason (no skill with that URI here, no level given). */
  unmappedAlignments: Array<UnmappedAlignment>;
};

/** What a recheck of imported credentials against their issuers' status lists found. */
export type ImportRecheck = {
  __typename?: 'ImportRecheck';
  /** Imported holdings still counted before the recheck. */
  checked: Scalars['Int']['output'];
  /** Revoked by their issuers: from now on they count nowhere. */
  revoked: Scalars['Int']['output'];
  /** Their status list could not be read or verified: left as they are. */
  unavailable: Scalars['Int']['output'];
};

/** How much a skill matters for a role or to another skill. */
export type Importance =
  | 'ESSENTIAL'
  | 'OPTIONAL';

/** Importance filters */
export type ImportanceEnumScalarFilters = {
  eq?: InputMaybe<Importance>;
  in?: InputMaybe<Array<Importance>>;
};

/** Importance mutations */
export type ImportanceEnumScalarMutations = {
  set?: InputMaybe<Importance>;
};

export type ImportedSkill = {
  __typename?: 'ImportedSkill';
  level: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  skillId: Scalars['ID']['output'];
  uri: Scalars['String']['output'];
};

export type IntAggregateSelection = {
  __typename?: 'IntAggregateSelection';
  average?: Maybe<Scalars['Float']['output']>;
  max?: Maybe<Scalars['Int']['output']>;
  min?: Maybe<Scalars['Int']['output']>;
  sum?: Maybe<Scalars['Int']['output']>;
};

/** Filters for an aggregation of an int field */
export type IntScalarAggregationFilters = {
  average?: InputMaybe<FloatScalarFilters>;
  max?: InputMaybe<IntScalarFilters>;
  min?: InputMaybe<IntScalarFilters>;
  sum?: InputMaybe<IntScalarFilters>;
};

/** Int filters */
export type IntScalarFilters = {
  eq?: InputMaybe<Scalars['Int']['input']>;
  gt?: InputMaybe<Scalars['Int']['input']>;
  gte?: InputMaybe<Scalars['Int']['input']>;
  in?: InputMaybe<Array<Scalars['Int']['input']>>;
  lt?: InputMaybe<Scalars['Int']['input']>;
  lte?: InputMaybe<Scalars['Int']['input']>;
};

/** Int mutations */
export type IntScalarMutations = {
  add?: InputMaybe<Scalars['Int']['input']>;
  set?: InputMaybe<Scalars['Int']['input']>;
  subtract?: InputMaybe<Scalars['Int']['input']>;
};

export type IssueBatch = {
  __typename?: 'IssueBatch';
  accepted: Scalars['Int']['output'];
  items: Array<IssueItemResult>;
  rejected: Scalars['Int']['output'];
  /** False when nothing was written (every item rejected, or one was and allOrNothing is set). */
  written: Scalars['Boolean']['output'];
};

export type IssueItemResult = {
  __typename?: 'IssueItemResult';
  accepted: Scalars['Boolean']['output'];
  alreadyIssued: Scalars['Boolean']['output'];
  /**
   * Pass it to the learner: they claim the credential with it (claimCredential). Given once; null when the same
   * credential, recipient and issue instant were issued before (alreadyIssued).
   */
  claimCode?: Maybe<Scalars['String']['output']>;
  credentialId: Scalars['ID']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The item's position in the list, from 0. */
  index: Scalars['Int']['output'];
  /** Names this issue in issuedCredentials and revokeCredential (as its holdingId). */
  issueId?: Maybe<Scalars['ID']['output']>;
  /** The recipient as you gave it. */
  recipient: Scalars['String']['output'];
  rejection?: Maybe<IssueRejection>;
};

/** Why an item was not issued. */
export type IssueRejection = {
  __typename?: 'IssueRejection';
  /** The item's field at fault (credentialId, email, externalId, recipient, issuedAt, expiresAt; items for allOrNothing). */
  field: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

export type IssueStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REVOKED';

/** Something your organisation issued. Whether the recipient claimed it is never shown. */
export type IssuedCredential = {
  __typename?: 'IssuedCredential';
  credentialId: Scalars['ID']['output'];
  credentialTitle: Scalars['String']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** An issueId (issueCredentials) or a holdingId (issueCredential); revokeCredential takes either. */
  issueId: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  /** The recipient as you named them. */
  recipient: Scalars['String']['output'];
  recipientKind: RecipientKind;
  revocationReason?: Maybe<Scalars['String']['output']>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  status: IssueStatus;
};

/** An ordered list of courses that closes a person's gap for a role or credential, with what stays open. */
export type LearningPlan = {
  __typename?: 'LearningPlan';
  candidateCourses: Scalars['Int']['output'];
  /** For a credential target: the credentials (parts, prerequisites, the stack itself) the plan works towards. */
  credentialsToEarn: Array<CredentialRef>;
  /** The steps' currency; null when they mix currencies (totalCost then adds face values) or there are no steps. */
  currency?: Maybe<Scalars['Currency']['output']>;
  eligibleCredentials: Array<EligibleCredential>;
  explanation: Scalars['String']['output'];
  objective: PlanObjective;
  open: Array<OpenSkill>;
  /** True when the exact solver proved no cheaper plan reaches the same levels. */
  optimal: Scalars['Boolean']['output'];
  personId: Scalars['ID']['output'];
  personName: Scalars['String']['output'];
  solver: PlanSolver;
  /** In order: every course's prerequisites are met by the person's evidence or an earlier step. */
  steps: Array<LearningStep>;
  targetId: Scalars['ID']['output'];
  targetKind: LearningTargetKind;
  targetTitle: Scalars['String']['output'];
  /** The skill levels still missing when planning started. */
  targets: Array<PlanTargetSkill>;
  totalCost: Scalars['Float']['output'];
  totalMinutes: Scalars['Int']['output'];
};

export type LearningPlanOptions = {
  /** For a role: plan for essential requirements only. */
  essentialOnly?: Scalars['Boolean']['input'];
  /** Only courses in these formats. */
  formats?: InputMaybe<Array<DeliveryFormat>>;
  /** For a role: let a narrower skill held at level L count for its broader skill at L-1, as skillGap's includeNarrower. */
  includeNarrower?: Scalars['Boolean']['input'];
  /** Only courses in these languages (as Course.language). */
  languages?: InputMaybe<Array<Scalars['Locale']['input']>>;
  /** Stop adding courses beyond this total cost; what does not fit is reported as open (BUDGET). */
  maxCost?: InputMaybe<Scalars['NonNegativeFloat']['input']>;
  /** The longest course you will take, in minutes (micro-learning: for example 30); longer courses are left out. */
  maxCourseMinutes?: InputMaybe<Scalars['PositiveInt']['input']>;
  /** Stop adding courses beyond this many minutes; what does not fit is reported as open (BUDGET). */
  maxMinutes?: InputMaybe<Scalars['PositiveInt']['input']>;
  objective?: PlanObjective;
  /** Only courses from these providers (organisation ids). */
  providerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type LearningStep = {
  __typename?: 'LearningStep';
  /** The person completed this course before (their evidence from it has lapsed or fell short). */
  completedBefore: Scalars['Boolean']['output'];
  cost: Scalars['Float']['output'];
  courseId: Scalars['ID']['output'];
  currency: Scalars['Currency']['output'];
  minutes: Scalars['Int']['output'];
  position: Scalars['Int']['output'];
  prerequisites: Array<PrerequisiteMet>;
  raises: Array<SkillRaise>;
  title: Scalars['String']['output'];
  totalCost: Scalars['Float']['output'];
  totalMinutes: Scalars['Int']['output'];
};

/** What to plan for: exactly one of a role or a credential. */
export type LearningTarget = {
  credentialId?: InputMaybe<Scalars['ID']['input']>;
  roleId?: InputMaybe<Scalars['ID']['input']>;
};

export type LearningTargetKind =
  | 'CREDENTIAL'
  | 'ROLE';

/** Mutations for a list for String */
export type ListStringMutations = {
  pop?: InputMaybe<Scalars['Int']['input']>;
  push?: InputMaybe<Array<Scalars['String']['input']>>;
  set?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Locale filters */
export type LocaleScalarFilters = {
  eq?: InputMaybe<Scalars['Locale']['input']>;
  in?: InputMaybe<Array<Scalars['Locale']['input']>>;
};

/** Locale filters */
export type LocaleScalarMutations = {
  set?: InputMaybe<Scalars['Locale']['input']>;
};

/** The signed-in caller, as the token says and the graph names them. */
export type Me = {
  __typename?: 'Me';
  audiences: Array<Audience>;
  /** Planners: the units your token covers (the units below them are covered too); empty for other audiences. */
  orgUnits: Array<NamedRef>;
  /** Partners: your organisation; null for other audiences. */
  organization?: Maybe<NamedRef>;
  /** Employees: yourself (read your profile with people(where: { id: { eq: ... } })); null for other audiences. */
  person?: Maybe<NamedRef>;
  /** Employees: what you share (setSharing); null for other audiences. */
  sharing?: Maybe<Sharing>;
  /** The token's subject: the person id for employees, a client id for the other audiences. */
  subject: Scalars['String']['output'];
};

/** How adjacentRoles orders roles. */
export type MobilityRanking =
  /** By a weighted blend of signals (README, "Mobility"): closer to how people actually move. */
  | 'BLEND'
  /** By transition cost alone, cheapest first. */
  | 'COST';

/** A signal of the blended mobility ranking, each in [0, 1] from the start to a role. */
export type MobilitySignal =
  /** The share of the start's skills (weighted by specificity) that the role requires too. */
  | 'COVERAGE'
  /** The ISCO-08 code digits both roles share, over 4. */
  | 'HIERARCHY'
  /** The share of the start's skills (weighted by specificity) of which the role requires a broader, narrower or related skill instead. */
  | 'RELATED'
  /** Cosine of the IDF-weighted requirement profiles (a person's: their skills). */
  | 'REQUIREMENTS'
  /** Similarity of the roles' titles and descriptions (local sentence-embedding model); from a person, their current role's. */
  | 'SEMANTIC'
  /** 1 - the transition cost. */
  | 'TRANSITION';

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Accepts an open suggestion: the course then teaches the skill at `level` (TEACHES), or the role requires it at
   * `level` with `importance` (REQUIRES). Admins; partners for their own courses' suggestions.
   */
  acceptSkillSuggestion: SkillSuggestion;
  /** Employees: claim a skill at a level for yourself (source SELF, confidence 0.5); a new claim replaces today's. */
  addSelfAssessment: EvidenceReceipt;
  /**
   * Employees: claim a credential issued to you, with the claim code the issuer gave you, or by offerId for an offer
   * to your email (credentialOffers). You then hold it as verified evidence. Claiming again changes nothing; an
   * unknown, revoked or someone else's offer answers NOT_FOUND.
   */
  claimCredential: ClaimReceipt;
  /**
   * Partners: confirm that one of your learners completed one of your organisation's courses (admins: anyone, any
   * course): a verified completion, replacing the person's own record; the skills the course teaches then count as
   * inferred evidence. Your learners: people who recorded one of your courses as completed, hold one of your
   * credentials, or named you in setSharing(learningPartners). Anyone else answers FORBIDDEN, unknown ids alike.
   */
  confirmCompletion: CompletionReceipt;
  createCourses: CreateCoursesMutationResponse;
  createCredentials: CreateCredentialsMutationResponse;
  createOccupationGroups: CreateOccupationGroupsMutationResponse;
  createOrgUnits: CreateOrgUnitsMutationResponse;
  createOrganizations: CreateOrganizationsMutationResponse;
  createPeople: CreatePeopleMutationResponse;
  createRoles: CreateRolesMutationResponse;
  createSkillGroups: CreateSkillGroupsMutationResponse;
  createSkills: CreateSkillsMutationResponse;
  createTeams: CreateTeamsMutationResponse;
  deleteCourses: DeleteInfo;
  deleteCredentials: DeleteInfo;
  deleteOccupationGroups: DeleteInfo;
  deleteOrgUnits: DeleteInfo;
  deleteOrganizations: DeleteInfo;
  deletePeople: DeleteInfo;
  deleteRoles: DeleteInfo;
  deleteSkillGroups: DeleteInfo;
  deleteSkills: DeleteInfo;
  deleteTeams: DeleteInfo;
  /**
   * Admins, on the person's request (GDPR Article 17): remove the person and every relationship of theirs in one
   * transaction. A tombstone (id, date, requester, reference) stays; their observed role moves stay as anonymous
   * counts; supply and rankings no longer count them; credentials issued to them are revoked in the same transaction.
   * Idempotent: erasing again answers with the first erasure.
   */
  erasePerson: ErasureReceipt;
  /**
   * Employees: imports a credential another deployment issued to you (an Open Badges 3.0 credential as a VC-JOSE
   * compact JWS) into your wallet. It must verify (trusted issuer, signature, validity, status, schema) and name your
   * email as its learner; its skills then count as credential evidence. Importing the same credential again changes
   * nothing.
   */
  importCredential: ImportReceipt;
  /**
   * Partners: issue one of your organisation's credentials to one of your learners (see confirmCompletion; admins:
   * anyone), recorded as verified evidence with you as the issuer. Returns the holding only; no other data about the
   * person. Anyone who is not your learner answers FORBIDDEN, unknown ids alike.
   */
  issueCredential: HoldingReceipt;
  /**
   * Partners: issue your organisation's credentials by invitation, 1 to 1000 items (admins: any credential, issued by
   * its awarding body). Each item goes to an email address or your own learner id and waits as an offer that the
   * learner claims with the item's claimCode (or by offerId, for their own email); an offer to the email of one of your
   * learners here (see issueCredential) is held by them at once. The
   * answer is the same whether the recipient exists or not. Items are checked one by one and the accepted ones
   * written in one transaction; with allOrNothing, one rejected item writes nothing. Issuing the same credential to
   * the same recipient at the same instant again changes nothing.
   */
  issueCredentials: IssueBatch;
  /**
   * Admins: reads again the status lists of every imported credential's issuer and revokes here what its issuer
   * revoked (the API also does this every SKILLGRAPH_IMPORT_RECHECK_MINUTES).
   */
  recheckImportedCredentials: ImportRecheck;
  /**
   * Employees: record that you completed a course (default: now), unverified: the skills it teaches count at most like
   * a self-assessment (README, "Evidence and fit"). A completion already recorded by the provider or an admin is kept
   * unchanged; your own earlier record is replaced.
   */
  recordCompletion: CompletionReceipt;
  /** Planners: a manager's assessment (source MANAGER) of a person in the units you cover. */
  recordManagerAssessment: EvidenceReceipt;
  /** Rejects an open suggestion: it is kept, and the skill is not proposed for that course or role again. */
  rejectSkillSuggestion: SkillSuggestion;
  /**
   * Partners, for the holdings their organisation issued (admins: any): the holding stops counting as evidence from
   * now, everywhere, and the issuer's status list shows it revoked. Unknown and not yours answer alike. Idempotent.
   * Also takes an issueId from issueCredentials: the offer can no longer be claimed, and a holding made from it is
   * revoked.
   */
  revokeCredential: RevocationReceipt;
  /** Employees: the roles you aspire to, replacing the previous list (at most 10). */
  setAspirations: Array<Scalars['ID']['output']>;
  /** Employees: what you share (see Sharing); answers the settings now in force. Rankings reflect a change at once. */
  setSharing: Sharing;
  /**
   * Tags a course's title and description and stores the skills it does not teach yet (and that were not rejected for
   * it before) as PROPOSED suggestions, replacing its earlier open ones. Admins; partners for their own courses.
   */
  suggestCourseSkills: Array<SkillSuggestion>;
  /**
   * The same for a role: its title and description, or `text` instead (a job advertisement, up to 20,000 characters).
   * Admins.
   */
  suggestRoleRequirements: Array<SkillSuggestion>;
  updateCourses: UpdateCoursesMutationResponse;
  updateCredentials: UpdateCredentialsMutationResponse;
  updateOccupationGroups: UpdateOccupationGroupsMutationResponse;
  updateOrgUnits: UpdateOrgUnitsMutationResponse;
  updateOrganizations: UpdateOrganizationsMutationResponse;
  updatePeople: UpdatePeopleMutationResponse;
  updateRoles: UpdateRolesMutationResponse;
  updateSkillGroups: UpdateSkillGroupsMutationResponse;
  updateSkills: UpdateSkillsMutationResponse;
  updateTeams: UpdateTeamsMutationResponse;
  /**
   * Employees: withdraw your own self-assessments of a skill (every date); evidence others wrote stays. Answers how
   * many were withdrawn (0 when there were none: withdrawing twice is harmless).
   */
  withdrawSelfAssessment: Scalars['Int']['output'];
};


export type MutationAcceptSkillSuggestionArgs = {
  id: Scalars['ID']['input'];
  importance?: InputMaybe<Importance>;
  level: Scalars['Proficiency']['input'];
};


export type MutationAddSelfAssessmentArgs = {
  level: Scalars['Proficiency']['input'];
  skillId: Scalars['ID']['input'];
};


export type MutationClaimCredentialArgs = {
  claimCode?: InputMaybe<Scalars['String']['input']>;
  offerId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationConfirmCompletionArgs = {
  completedAt?: InputMaybe<Scalars['DateTime']['input']>;
  courseId: Scalars['ID']['input'];
  evidenceUrl?: InputMaybe<Scalars['URL']['input']>;
  personId: Scalars['ID']['input'];
};


export type MutationCreateCoursesArgs = {
  input: Array<CourseCreateInput>;
};


export type MutationCreateCredentialsArgs = {
  input: Array<CredentialCreateInput>;
};


export type MutationCreateOccupationGroupsArgs = {
  input: Array<OccupationGroupCreateInput>;
};


export type MutationCreateOrgUnitsArgs = {
  input: Array<OrgUnitCreateInput>;
};


export type MutationCreateOrganizationsArgs = {
  input: Array<OrganizationCreateInput>;
};


export type MutationCreatePeopleArgs = {
  input: Array<PersonCreateInput>;
};


export type MutationCreateRolesArgs = {
  input: Array<RoleCreateInput>;
};


export type MutationCreateSkillGroupsArgs = {
  input: Array<SkillGroupCreateInput>;
};


export type MutationCreateSkillsArgs = {
  input: Array<SkillCreateInput>;
};


export type MutationCreateTeamsArgs = {
  input: Array<TeamCreateInput>;
};


export type MutationDeleteCoursesArgs = {
  delete?: InputMaybe<CourseDeleteInput>;
  where?: InputMaybe<CourseWhere>;
};


export type MutationDeleteCredentialsArgs = {
  delete?: InputMaybe<CredentialDeleteInput>;
  where?: InputMaybe<CredentialWhere>;
};


export type MutationDeleteOccupationGroupsArgs = {
  delete?: InputMaybe<OccupationGroupDeleteInput>;
  where?: InputMaybe<OccupationGroupWhere>;
};


export type MutationDeleteOrgUnitsArgs = {
  delete?: InputMaybe<OrgUnitDeleteInput>;
  where?: InputMaybe<OrgUnitWhere>;
};


export type MutationDeleteOrganizationsArgs = {
  delete?: InputMaybe<OrganizationDeleteInput>;
  where?: InputMaybe<OrganizationWhere>;
};


export type MutationDeletePeopleArgs = {
  delete?: InputMaybe<PersonDeleteInput>;
  where?: InputMaybe<PersonWhere>;
};


export type MutationDeleteRolesArgs = {
  delete?: InputMaybe<RoleDeleteInput>;
  where?: InputMaybe<RoleWhere>;
};


export type MutationDeleteSkillGroupsArgs = {
  delete?: InputMaybe<SkillGroupDeleteInput>;
  where?: InputMaybe<SkillGroupWhere>;
};


export type MutationDeleteSkillsArgs = {
  delete?: InputMaybe<SkillDeleteInput>;
  where?: InputMaybe<SkillWhere>;
};


export type MutationDeleteTeamsArgs = {
  delete?: InputMaybe<TeamDeleteInput>;
  where?: InputMaybe<TeamWhere>;
};


export type MutationErasePersonArgs = {
  personId: Scalars['ID']['input'];
  reference?: InputMaybe<Scalars['String']['input']>;
};


export type MutationImportCredentialArgs = {
  credential: Scalars['String']['input'];
};


export type MutationIssueCredentialArgs = {
  credentialId: Scalars['ID']['input'];
  evidenceUrl?: InputMaybe<Scalars['URL']['input']>;
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  issuedAt?: InputMaybe<Scalars['DateTime']['input']>;
  personId: Scalars['ID']['input'];
};


export type MutationIssueCredentialsArgs = {
  allOrNothing?: InputMaybe<Scalars['Boolean']['input']>;
  items: Array<CredentialIssueInput>;
};


export type MutationRecordCompletionArgs = {
  completedAt?: InputMaybe<Scalars['DateTime']['input']>;
  courseId: Scalars['ID']['input'];
  evidenceUrl?: InputMaybe<Scalars['URL']['input']>;
};


export type MutationRecordManagerAssessmentArgs = {
  level: Scalars['Proficiency']['input'];
  personId: Scalars['ID']['input'];
  skillId: Scalars['ID']['input'];
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
};


export type MutationRejectSkillSuggestionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeCredentialArgs = {
  holdingId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSetAspirationsArgs = {
  roleIds: Array<Scalars['ID']['input']>;
};


export type MutationSetSharingArgs = {
  input: SharingInput;
};


export type MutationSuggestCourseSkillsArgs = {
  courseId: Scalars['ID']['input'];
  first?: Scalars['PositiveInt']['input'];
};


export type MutationSuggestRoleRequirementsArgs = {
  first?: Scalars['PositiveInt']['input'];
  roleId: Scalars['ID']['input'];
  text?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateCoursesArgs = {
  update?: InputMaybe<CourseUpdateInput>;
  where?: InputMaybe<CourseWhere>;
};


export type MutationUpdateCredentialsArgs = {
  update?: InputMaybe<CredentialUpdateInput>;
  where?: InputMaybe<CredentialWhere>;
};


export type MutationUpdateOccupationGroupsArgs = {
  update?: InputMaybe<OccupationGroupUpdateInput>;
  where?: InputMaybe<OccupationGroupWhere>;
};


export type MutationUpdateOrgUnitsArgs = {
  update?: InputMaybe<OrgUnitUpdateInput>;
  where?: InputMaybe<OrgUnitWhere>;
};


export type MutationUpdateOrganizationsArgs = {
  update?: InputMaybe<OrganizationUpdateInput>;
  where?: InputMaybe<OrganizationWhere>;
};


export type MutationUpdatePeopleArgs = {
  update?: InputMaybe<PersonUpdateInput>;
  where?: InputMaybe<PersonWhere>;
};


export type MutationUpdateRolesArgs = {
  update?: InputMaybe<RoleUpdateInput>;
  where?: InputMaybe<RoleWhere>;
};


export type MutationUpdateSkillGroupsArgs = {
  update?: InputMaybe<SkillGroupUpdateInput>;
  where?: InputMaybe<SkillGroupWhere>;
};


export type MutationUpdateSkillsArgs = {
  update?: InputMaybe<SkillUpdateInput>;
  where?: InputMaybe<SkillWhere>;
};


export type MutationUpdateTeamsArgs = {
  update?: InputMaybe<TeamUpdateInput>;
  where?: InputMaybe<TeamWhere>;
};


export type MutationWithdrawSelfAssessmentArgs = {
  skillId: Scalars['ID']['input'];
};

/** A node named by its id and name. */
export type NamedRef = {
  __typename?: 'NamedRef';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** An ISCO-08 occupation group: ESCO's occupation pillar above its occupations. */
export type OccupationGroup = {
  __typename?: 'OccupationGroup';
  altTitles: Array<Scalars['String']['output']>;
  broaderGroups: Array<OccupationGroup>;
  broaderGroupsConnection: OccupationGroupBroaderGroupsConnection;
  code: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  narrowerGroups: Array<OccupationGroup>;
  narrowerGroupsConnection: OccupationGroupNarrowerGroupsConnection;
  narrowerRoles: Array<Role>;
  narrowerRolesConnection: OccupationGroupNarrowerRolesConnection;
  taxonomy: Taxonomy;
  title: Scalars['String']['output'];
  uri?: Maybe<Scalars['URL']['output']>;
};


/** An ISCO-08 occupation group: ESCO's occupation pillar above its occupations. */
export type OccupationGroupBroaderGroupsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OccupationGroupSort>>;
  where?: InputMaybe<OccupationGroupWhere>;
};


/** An ISCO-08 occupation group: ESCO's occupation pillar above its occupations. */
export type OccupationGroupBroaderGroupsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OccupationGroupBroaderGroupsConnectionSort>>;
  where?: InputMaybe<OccupationGroupBroaderGroupsConnectionWhere>;
};


/** An ISCO-08 occupation group: ESCO's occupation pillar above its occupations. */
export type OccupationGroupNarrowerGroupsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OccupationGroupSort>>;
  where?: InputMaybe<OccupationGroupWhere>;
};


/** An ISCO-08 occupation group: ESCO's occupation pillar above its occupations. */
export type OccupationGroupNarrowerGroupsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OccupationGroupNarrowerGroupsConnectionSort>>;
  where?: InputMaybe<OccupationGroupNarrowerGroupsConnectionWhere>;
};


/** An ISCO-08 occupation group: ESCO's occupation pillar above its occupations. */
export type OccupationGroupNarrowerRolesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<RoleSort>>;
  where?: InputMaybe<RoleWhere>;
};


/** An ISCO-08 occupation group: ESCO's occupation pillar above its occupations. */
export type OccupationGroupNarrowerRolesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OccupationGroupNarrowerRolesConnectionSort>>;
  where?: InputMaybe<OccupationGroupNarrowerRolesConnectionWhere>;
};

export type OccupationGroupAggregate = {
  __typename?: 'OccupationGroupAggregate';
  count: Count;
  node: OccupationGroupAggregateNode;
};

export type OccupationGroupAggregateNode = {
  __typename?: 'OccupationGroupAggregateNode';
  code: StringAggregateSelection;
  description: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type OccupationGroupBroaderGroupsConnectFieldInput = {
  connect?: InputMaybe<Array<OccupationGroupConnectInput>>;
  where?: InputMaybe<OccupationGroupConnectWhere>;
};

export type OccupationGroupBroaderGroupsConnection = {
  __typename?: 'OccupationGroupBroaderGroupsConnection';
  aggregate: OccupationGroupOccupationGroupBroaderGroupsAggregateSelection;
  edges: Array<OccupationGroupBroaderGroupsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OccupationGroupBroaderGroupsConnectionAggregateInput = {
  AND?: InputMaybe<Array<OccupationGroupBroaderGroupsConnectionAggregateInput>>;
  NOT?: InputMaybe<OccupationGroupBroaderGroupsConnectionAggregateInput>;
  OR?: InputMaybe<Array<OccupationGroupBroaderGroupsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<OccupationGroupBroaderGroupsNodeAggregationWhereInput>;
};

export type OccupationGroupBroaderGroupsConnectionFilters = {
  /** Filter OccupationGroups by aggregating results on related OccupationGroupBroaderGroupsConnections */
  aggregate?: InputMaybe<OccupationGroupBroaderGroupsConnectionAggregateInput>;
  /** Return OccupationGroups where all of the related OccupationGroupBroaderGroupsConnections match this filter */
  all?: InputMaybe<OccupationGroupBroaderGroupsConnectionWhere>;
  /** Return OccupationGroups where none of the related OccupationGroupBroaderGroupsConnections match this filter */
  none?: InputMaybe<OccupationGroupBroaderGroupsConnectionWhere>;
  /** Return OccupationGroups where one of the related OccupationGroupBroaderGroupsConnections match this filter */
  single?: InputMaybe<OccupationGroupBroaderGroupsConnectionWhere>;
  /** Return OccupationGroups where some of the related OccupationGroupBroaderGroupsConnections match this filter */
  some?: InputMaybe<OccupationGroupBroaderGroupsConnectionWhere>;
};

export type OccupationGroupBroaderGroupsConnectionSort = {
  node?: InputMaybe<OccupationGroupSort>;
};

export type OccupationGroupBroaderGroupsConnectionWhere = {
  AND?: InputMaybe<Array<OccupationGroupBroaderGroupsConnectionWhere>>;
  NOT?: InputMaybe<OccupationGroupBroaderGroupsConnectionWhere>;
  OR?: InputMaybe<Array<OccupationGroupBroaderGroupsConnectionWhere>>;
  node?: InputMaybe<OccupationGroupWhere>;
};

export type OccupationGroupBroaderGroupsCreateFieldInput = {
  node: OccupationGroupCreateInput;
};

export type OccupationGroupBroaderGroupsDeleteFieldInput = {
  delete?: InputMaybe<OccupationGroupDeleteInput>;
  where?: InputMaybe<OccupationGroupBroaderGroupsConnectionWhere>;
};

export type OccupationGroupBroaderGroupsDisconnectFieldInput = {
  disconnect?: InputMaybe<OccupationGroupDisconnectInput>;
  where?: InputMaybe<OccupationGroupBroaderGroupsConnectionWhere>;
};

export type OccupationGroupBroaderGroupsFieldInput = {
  connect?: InputMaybe<Array<OccupationGroupBroaderGroupsConnectFieldInput>>;
  create?: InputMaybe<Array<OccupationGroupBroaderGroupsCreateFieldInput>>;
};

export type OccupationGroupBroaderGroupsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<OccupationGroupBroaderGroupsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<OccupationGroupBroaderGroupsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<OccupationGroupBroaderGroupsNodeAggregationWhereInput>>;
  code?: InputMaybe<StringScalarAggregationFilters>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type OccupationGroupBroaderGroupsRelationship = {
  __typename?: 'OccupationGroupBroaderGroupsRelationship';
  cursor: Scalars['String']['output'];
  node: OccupationGroup;
};

export type OccupationGroupBroaderGroupsUpdateConnectionInput = {
  node?: InputMaybe<OccupationGroupUpdateInput>;
  where?: InputMaybe<OccupationGroupBroaderGroupsConnectionWhere>;
};

export type OccupationGroupBroaderGroupsUpdateFieldInput = {
  connect?: InputMaybe<Array<OccupationGroupBroaderGroupsConnectFieldInput>>;
  create?: InputMaybe<Array<OccupationGroupBroaderGroupsCreateFieldInput>>;
  delete?: InputMaybe<Array<OccupationGroupBroaderGroupsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<OccupationGroupBroaderGroupsDisconnectFieldInput>>;
  update?: InputMaybe<OccupationGroupBroaderGroupsUpdateConnectionInput>;
};

export type OccupationGroupConnectInput = {
  broaderGroups?: InputMaybe<Array<OccupationGroupBroaderGroupsConnectFieldInput>>;
  narrowerGroups?: InputMaybe<Array<OccupationGroupNarrowerGroupsConnectFieldInput>>;
  narrowerRoles?: InputMaybe<Array<OccupationGroupNarrowerRolesConnectFieldInput>>;
};

export type OccupationGroupConnectWhere = {
  node: OccupationGroupWhere;
};

export type OccupationGroupCreateInput = {
  altTitles?: Array<Scalars['String']['input']>;
  broaderGroups?: InputMaybe<OccupationGroupBroaderGroupsFieldInput>;
  code: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  narrowerGroups?: InputMaybe<OccupationGroupNarrowerGroupsFieldInput>;
  narrowerRoles?: InputMaybe<OccupationGroupNarrowerRolesFieldInput>;
  taxonomy: Taxonomy;
  title: Scalars['String']['input'];
  uri?: InputMaybe<Scalars['URL']['input']>;
};

export type OccupationGroupDeleteInput = {
  broaderGroups?: InputMaybe<Array<OccupationGroupBroaderGroupsDeleteFieldInput>>;
  narrowerGroups?: InputMaybe<Array<OccupationGroupNarrowerGroupsDeleteFieldInput>>;
  narrowerRoles?: InputMaybe<Array<OccupationGroupNarrowerRolesDeleteFieldInput>>;
};

export type OccupationGroupDisconnectInput = {
  broaderGroups?: InputMaybe<Array<OccupationGroupBroaderGroupsDisconnectFieldInput>>;
  narrowerGroups?: InputMaybe<Array<OccupationGroupNarrowerGroupsDisconnectFieldInput>>;
  narrowerRoles?: InputMaybe<Array<OccupationGroupNarrowerRolesDisconnectFieldInput>>;
};

export type OccupationGroupEdge = {
  __typename?: 'OccupationGroupEdge';
  cursor: Scalars['String']['output'];
  node: OccupationGroup;
};

export type OccupationGroupNarrowerGroupsConnectFieldInput = {
  connect?: InputMaybe<Array<OccupationGroupConnectInput>>;
  where?: InputMaybe<OccupationGroupConnectWhere>;
};

export type OccupationGroupNarrowerGroupsConnection = {
  __typename?: 'OccupationGroupNarrowerGroupsConnection';
  aggregate: OccupationGroupOccupationGroupNarrowerGroupsAggregateSelection;
  edges: Array<OccupationGroupNarrowerGroupsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OccupationGroupNarrowerGroupsConnectionAggregateInput = {
  AND?: InputMaybe<Array<OccupationGroupNarrowerGroupsConnectionAggregateInput>>;
  NOT?: InputMaybe<OccupationGroupNarrowerGroupsConnectionAggregateInput>;
  OR?: InputMaybe<Array<OccupationGroupNarrowerGroupsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<OccupationGroupNarrowerGroupsNodeAggregationWhereInput>;
};

export type OccupationGroupNarrowerGroupsConnectionFilters = {
  /** Filter OccupationGroups by aggregating results on related OccupationGroupNarrowerGroupsConnections */
  aggregate?: InputMaybe<OccupationGroupNarrowerGroupsConnectionAggregateInput>;
  /** Return OccupationGroups where all of the related OccupationGroupNarrowerGroupsConnections match this filter */
  all?: InputMaybe<OccupationGroupNarrowerGroupsConnectionWhere>;
  /** Return OccupationGroups where none of the related OccupationGroupNarrowerGroupsConnections match this filter */
  none?: InputMaybe<OccupationGroupNarrowerGroupsConnectionWhere>;
  /** Return OccupationGroups where one of the related OccupationGroupNarrowerGroupsConnections match this filter */
  single?: InputMaybe<OccupationGroupNarrowerGroupsConnectionWhere>;
  /** Return OccupationGroups where some of the related OccupationGroupNarrowerGroupsConnections match this filter */
  some?: InputMaybe<OccupationGroupNarrowerGroupsConnectionWhere>;
};

export type OccupationGroupNarrowerGroupsConnectionSort = {
  node?: InputMaybe<OccupationGroupSort>;
};

export type OccupationGroupNarrowerGroupsConnectionWhere = {
  AND?: InputMaybe<Array<OccupationGroupNarrowerGroupsConnectionWhere>>;
  NOT?: InputMaybe<OccupationGroupNarrowerGroupsConnectionWhere>;
  OR?: InputMaybe<Array<OccupationGroupNarrowerGroupsConnectionWhere>>;
  node?: InputMaybe<OccupationGroupWhere>;
};

export type OccupationGroupNarrowerGroupsCreateFieldInput = {
  node: OccupationGroupCreateInput;
};

export type OccupationGroupNarrowerGroupsDeleteFieldInput = {
  delete?: InputMaybe<OccupationGroupDeleteInput>;
  where?: InputMaybe<OccupationGroupNarrowerGroupsConnectionWhere>;
};

export type OccupationGroupNarrowerGroupsDisconnectFieldInput = {
  disconnect?: InputMaybe<OccupationGroupDisconnectInput>;
  where?: InputMaybe<OccupationGroupNarrowerGroupsConnectionWhere>;
};

export type OccupationGroupNarrowerGroupsFieldInput = {
  connect?: InputMaybe<Array<OccupationGroupNarrowerGroupsConnectFieldInput>>;
  create?: InputMaybe<Array<OccupationGroupNarrowerGroupsCreateFieldInput>>;
};

export type OccupationGroupNarrowerGroupsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<OccupationGroupNarrowerGroupsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<OccupationGroupNarrowerGroupsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<OccupationGroupNarrowerGroupsNodeAggregationWhereInput>>;
  code?: InputMaybe<StringScalarAggregationFilters>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type OccupationGroupNarrowerGroupsRelationship = {
  __typename?: 'OccupationGroupNarrowerGroupsRelationship';
  cursor: Scalars['String']['output'];
  node: OccupationGroup;
};

export type OccupationGroupNarrowerGroupsUpdateConnectionInput = {
  node?: InputMaybe<OccupationGroupUpdateInput>;
  where?: InputMaybe<OccupationGroupNarrowerGroupsConnectionWhere>;
};

export type OccupationGroupNarrowerGroupsUpdateFieldInput = {
  connect?: InputMaybe<Array<OccupationGroupNarrowerGroupsConnectFieldInput>>;
  create?: InputMaybe<Array<OccupationGroupNarrowerGroupsCreateFieldInput>>;
  delete?: InputMaybe<Array<OccupationGroupNarrowerGroupsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<OccupationGroupNarrowerGroupsDisconnectFieldInput>>;
  update?: InputMaybe<OccupationGroupNarrowerGroupsUpdateConnectionInput>;
};

export type OccupationGroupNarrowerRolesConnectFieldInput = {
  connect?: InputMaybe<Array<RoleConnectInput>>;
  where?: InputMaybe<RoleConnectWhere>;
};

export type OccupationGroupNarrowerRolesConnection = {
  __typename?: 'OccupationGroupNarrowerRolesConnection';
  aggregate: OccupationGroupRoleNarrowerRolesAggregateSelection;
  edges: Array<OccupationGroupNarrowerRolesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OccupationGroupNarrowerRolesConnectionAggregateInput = {
  AND?: InputMaybe<Array<OccupationGroupNarrowerRolesConnectionAggregateInput>>;
  NOT?: InputMaybe<OccupationGroupNarrowerRolesConnectionAggregateInput>;
  OR?: InputMaybe<Array<OccupationGroupNarrowerRolesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<OccupationGroupNarrowerRolesNodeAggregationWhereInput>;
};

export type OccupationGroupNarrowerRolesConnectionFilters = {
  /** Filter OccupationGroups by aggregating results on related OccupationGroupNarrowerRolesConnections */
  aggregate?: InputMaybe<OccupationGroupNarrowerRolesConnectionAggregateInput>;
  /** Return OccupationGroups where all of the related OccupationGroupNarrowerRolesConnections match this filter */
  all?: InputMaybe<OccupationGroupNarrowerRolesConnectionWhere>;
  /** Return OccupationGroups where none of the related OccupationGroupNarrowerRolesConnections match this filter */
  none?: InputMaybe<OccupationGroupNarrowerRolesConnectionWhere>;
  /** Return OccupationGroups where one of the related OccupationGroupNarrowerRolesConnections match this filter */
  single?: InputMaybe<OccupationGroupNarrowerRolesConnectionWhere>;
  /** Return OccupationGroups where some of the related OccupationGroupNarrowerRolesConnections match this filter */
  some?: InputMaybe<OccupationGroupNarrowerRolesConnectionWhere>;
};

export type OccupationGroupNarrowerRolesConnectionSort = {
  node?: InputMaybe<RoleSort>;
};

export type OccupationGroupNarrowerRolesConnectionWhere = {
  AND?: InputMaybe<Array<OccupationGroupNarrowerRolesConnectionWhere>>;
  NOT?: InputMaybe<OccupationGroupNarrowerRolesConnectionWhere>;
  OR?: InputMaybe<Array<OccupationGroupNarrowerRolesConnectionWhere>>;
  node?: InputMaybe<RoleWhere>;
};

export type OccupationGroupNarrowerRolesCreateFieldInput = {
  node: RoleCreateInput;
};

export type OccupationGroupNarrowerRolesDeleteFieldInput = {
  delete?: InputMaybe<RoleDeleteInput>;
  where?: InputMaybe<OccupationGroupNarrowerRolesConnectionWhere>;
};

export type OccupationGroupNarrowerRolesDisconnectFieldInput = {
  disconnect?: InputMaybe<RoleDisconnectInput>;
  where?: InputMaybe<OccupationGroupNarrowerRolesConnectionWhere>;
};

export type OccupationGroupNarrowerRolesFieldInput = {
  connect?: InputMaybe<Array<OccupationGroupNarrowerRolesConnectFieldInput>>;
  create?: InputMaybe<Array<OccupationGroupNarrowerRolesCreateFieldInput>>;
};

export type OccupationGroupNarrowerRolesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<OccupationGroupNarrowerRolesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<OccupationGroupNarrowerRolesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<OccupationGroupNarrowerRolesNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  escoCode?: InputMaybe<StringScalarAggregationFilters>;
  iscoGroup?: InputMaybe<StringScalarAggregationFilters>;
  jobZone?: InputMaybe<IntScalarAggregationFilters>;
  onetSocCode?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type OccupationGroupNarrowerRolesRelationship = {
  __typename?: 'OccupationGroupNarrowerRolesRelationship';
  cursor: Scalars['String']['output'];
  node: Role;
};

export type OccupationGroupNarrowerRolesUpdateConnectionInput = {
  node?: InputMaybe<RoleUpdateInput>;
  where?: InputMaybe<OccupationGroupNarrowerRolesConnectionWhere>;
};

export type OccupationGroupNarrowerRolesUpdateFieldInput = {
  connect?: InputMaybe<Array<OccupationGroupNarrowerRolesConnectFieldInput>>;
  create?: InputMaybe<Array<OccupationGroupNarrowerRolesCreateFieldInput>>;
  delete?: InputMaybe<Array<OccupationGroupNarrowerRolesDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<OccupationGroupNarrowerRolesDisconnectFieldInput>>;
  update?: InputMaybe<OccupationGroupNarrowerRolesUpdateConnectionInput>;
};

export type OccupationGroupOccupationGroupBroaderGroupsAggregateSelection = {
  __typename?: 'OccupationGroupOccupationGroupBroaderGroupsAggregateSelection';
  count: CountConnection;
  node?: Maybe<OccupationGroupOccupationGroupBroaderGroupsNodeAggregateSelection>;
};

export type OccupationGroupOccupationGroupBroaderGroupsNodeAggregateSelection = {
  __typename?: 'OccupationGroupOccupationGroupBroaderGroupsNodeAggregateSelection';
  code: StringAggregateSelection;
  description: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type OccupationGroupOccupationGroupNarrowerGroupsAggregateSelection = {
  __typename?: 'OccupationGroupOccupationGroupNarrowerGroupsAggregateSelection';
  count: CountConnection;
  node?: Maybe<OccupationGroupOccupationGroupNarrowerGroupsNodeAggregateSelection>;
};

export type OccupationGroupOccupationGroupNarrowerGroupsNodeAggregateSelection = {
  __typename?: 'OccupationGroupOccupationGroupNarrowerGroupsNodeAggregateSelection';
  code: StringAggregateSelection;
  description: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type OccupationGroupRelationshipFilters = {
  /** Filter type where all of the related OccupationGroups match this filter */
  all?: InputMaybe<OccupationGroupWhere>;
  /** Filter type where none of the related OccupationGroups match this filter */
  none?: InputMaybe<OccupationGroupWhere>;
  /** Filter type where one of the related OccupationGroups match this filter */
  single?: InputMaybe<OccupationGroupWhere>;
  /** Filter type where some of the related OccupationGroups match this filter */
  some?: InputMaybe<OccupationGroupWhere>;
};

export type OccupationGroupRoleNarrowerRolesAggregateSelection = {
  __typename?: 'OccupationGroupRoleNarrowerRolesAggregateSelection';
  count: CountConnection;
  node?: Maybe<OccupationGroupRoleNarrowerRolesNodeAggregateSelection>;
};

export type OccupationGroupRoleNarrowerRolesNodeAggregateSelection = {
  __typename?: 'OccupationGroupRoleNarrowerRolesNodeAggregateSelection';
  description: StringAggregateSelection;
  escoCode: StringAggregateSelection;
  iscoGroup: StringAggregateSelection;
  jobZone: IntAggregateSelection;
  onetSocCode: StringAggregateSelection;
  title: StringAggregateSelection;
};

/** Fields to sort OccupationGroups by. The order in which sorts are applied is not guaranteed when specifying many fields in one OccupationGroupSort object. */
export type OccupationGroupSort = {
  code?: InputMaybe<SortDirection>;
  description?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  taxonomy?: InputMaybe<SortDirection>;
  title?: InputMaybe<SortDirection>;
  uri?: InputMaybe<SortDirection>;
};

export type OccupationGroupUpdateInput = {
  altTitles?: InputMaybe<ListStringMutations>;
  broaderGroups?: InputMaybe<Array<OccupationGroupBroaderGroupsUpdateFieldInput>>;
  code?: InputMaybe<StringScalarMutations>;
  description?: InputMaybe<StringScalarMutations>;
  id?: InputMaybe<IdScalarMutations>;
  narrowerGroups?: InputMaybe<Array<OccupationGroupNarrowerGroupsUpdateFieldInput>>;
  narrowerRoles?: InputMaybe<Array<OccupationGroupNarrowerRolesUpdateFieldInput>>;
  taxonomy?: InputMaybe<TaxonomyEnumScalarMutations>;
  title?: InputMaybe<StringScalarMutations>;
  uri?: InputMaybe<UrlScalarMutations>;
};

export type OccupationGroupWhere = {
  AND?: InputMaybe<Array<OccupationGroupWhere>>;
  NOT?: InputMaybe<OccupationGroupWhere>;
  OR?: InputMaybe<Array<OccupationGroupWhere>>;
  altTitles?: InputMaybe<StringListFilters>;
  broaderGroups?: InputMaybe<OccupationGroupRelationshipFilters>;
  broaderGroupsConnection?: InputMaybe<OccupationGroupBroaderGroupsConnectionFilters>;
  code?: InputMaybe<StringScalarFilters>;
  description?: InputMaybe<StringScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  narrowerGroups?: InputMaybe<OccupationGroupRelationshipFilters>;
  narrowerGroupsConnection?: InputMaybe<OccupationGroupNarrowerGroupsConnectionFilters>;
  narrowerRoles?: InputMaybe<RoleRelationshipFilters>;
  narrowerRolesConnection?: InputMaybe<OccupationGroupNarrowerRolesConnectionFilters>;
  taxonomy?: InputMaybe<TaxonomyEnumScalarFilters>;
  title?: InputMaybe<StringScalarFilters>;
  uri?: InputMaybe<UrlScalarFilters>;
};

export type OccupationGroupsConnection = {
  __typename?: 'OccupationGroupsConnection';
  aggregate: OccupationGroupAggregate;
  edges: Array<OccupationGroupEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Why a skill level stays open in a plan. */
export type OpenReason =
  /** Courses could close it, but not within maxMinutes / maxCost. */
  | 'BUDGET'
  /** No course in the catalogue teaches the skill to the level needed. */
  | 'NO_COURSE'
  /** Courses teach it, but their prerequisites cannot be met by the person's evidence or other courses. */
  | 'PREREQUISITES_UNREACHABLE';

/** A target skill level the plan does not reach, and why. */
export type OpenSkill = {
  __typename?: 'OpenSkill';
  currentLevel: Scalars['Int']['output'];
  explanation: Scalars['String']['output'];
  /** The highest level the available courses can bring the person to. */
  reachableLevel: Scalars['Int']['output'];
  reason: OpenReason;
  requiredLevel: Scalars['Int']['output'];
  skillId: Scalars['ID']['output'];
  skillName: Scalars['String']['output'];
};

/** A department in an organisation's unit tree, with its positions per role. */
export type OrgUnit = {
  __typename?: 'OrgUnit';
  children: Array<OrgUnit>;
  childrenConnection: OrgUnitChildrenConnection;
  id: Scalars['ID']['output'];
  members: Array<Person>;
  membersConnection: OrgUnitMembersConnection;
  name: Scalars['String']['output'];
  organization?: Maybe<Organization>;
  organizationConnection: OrgUnitOrganizationConnection;
  parent?: Maybe<OrgUnit>;
  parentConnection: OrgUnitParentConnection;
  /** Positions per role: headcount filled and openings. */
  positions: Array<Role>;
  positionsConnection: OrgUnitPositionsConnection;
  teams: Array<Team>;
  teamsConnection: OrgUnitTeamsConnection;
};


/** A department in an organisation's unit tree, with its positions per role. */
export type OrgUnitChildrenArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrgUnitSort>>;
  where?: InputMaybe<OrgUnitWhere>;
};


/** A department in an organisation's unit tree, with its positions per role. */
export type OrgUnitChildrenConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrgUnitChildrenConnectionSort>>;
  where?: InputMaybe<OrgUnitChildrenConnectionWhere>;
};


/** A department in an organisation's unit tree, with its positions per role. */
export type OrgUnitMembersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonSort>>;
  where?: InputMaybe<PersonWhere>;
};


/** A department in an organisation's unit tree, with its positions per role. */
export type OrgUnitMembersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrgUnitMembersConnectionSort>>;
  where?: InputMaybe<OrgUnitMembersConnectionWhere>;
};


/** A department in an organisation's unit tree, with its positions per role. */
export type OrgUnitPositionsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<RoleSort>>;
  where?: InputMaybe<RoleWhere>;
};


/** A department in an organisation's unit tree, with its positions per role. */
export type OrgUnitPositionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrgUnitPositionsConnectionSort>>;
  where?: InputMaybe<OrgUnitPositionsConnectionWhere>;
};


/** A department in an organisation's unit tree, with its positions per role. */
export type OrgUnitTeamsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TeamSort>>;
  where?: InputMaybe<TeamWhere>;
};


/** A department in an organisation's unit tree, with its positions per role. */
export type OrgUnitTeamsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrgUnitTeamsConnectionSort>>;
  where?: InputMaybe<OrgUnitTeamsConnectionWhere>;
};

export type OrgUnitAggregate = {
  __typename?: 'OrgUnitAggregate';
  count: Count;
  node: OrgUnitAggregateNode;
};

export type OrgUnitAggregateNode = {
  __typename?: 'OrgUnitAggregateNode';
  name: StringAggregateSelection;
};

export type OrgUnitChildrenConnectFieldInput = {
  connect?: InputMaybe<Array<OrgUnitConnectInput>>;
  where?: InputMaybe<OrgUnitConnectWhere>;
};

export type OrgUnitChildrenConnection = {
  __typename?: 'OrgUnitChildrenConnection';
  aggregate: OrgUnitOrgUnitChildrenAggregateSelection;
  edges: Array<OrgUnitChildrenRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrgUnitChildrenConnectionAggregateInput = {
  AND?: InputMaybe<Array<OrgUnitChildrenConnectionAggregateInput>>;
  NOT?: InputMaybe<OrgUnitChildrenConnectionAggregateInput>;
  OR?: InputMaybe<Array<OrgUnitChildrenConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<OrgUnitChildrenNodeAggregationWhereInput>;
};

export type OrgUnitChildrenConnectionFilters = {
  /** Filter OrgUnits by aggregating results on related OrgUnitChildrenConnections */
  aggregate?: InputMaybe<OrgUnitChildrenConnectionAggregateInput>;
  /** Return OrgUnits where all of the related OrgUnitChildrenConnections match this filter */
  all?: InputMaybe<OrgUnitChildrenConnectionWhere>;
  /** Return OrgUnits where none of the related OrgUnitChildrenConnections match this filter */
  none?: InputMaybe<OrgUnitChildrenConnectionWhere>;
  /** Return OrgUnits where one of the related OrgUnitChildrenConnections match this filter */
  single?: InputMaybe<OrgUnitChildrenConnectionWhere>;
  /** Return OrgUnits where some of the related OrgUnitChildrenConnections match this filter */
  some?: InputMaybe<OrgUnitChildrenConnectionWhere>;
};

export type OrgUnitChildrenConnectionSort = {
  node?: InputMaybe<OrgUnitSort>;
};

export type OrgUnitChildrenConnectionWhere = {
  AND?: InputMaybe<Array<OrgUnitChildrenConnectionWhere>>;
  NOT?: InputMaybe<OrgUnitChildrenConnectionWhere>;
  OR?: InputMaybe<Array<OrgUnitChildrenConnectionWhere>>;
  node?: InputMaybe<OrgUnitWhere>;
};

export type OrgUnitChildrenCreateFieldInput = {
  node: OrgUnitCreateInput;
};

export type OrgUnitChildrenDeleteFieldInput = {
  delete?: InputMaybe<OrgUnitDeleteInput>;
  where?: InputMaybe<OrgUnitChildrenConnectionWhere>;
};

export type OrgUnitChildrenDisconnectFieldInput = {
  disconnect?: InputMaybe<OrgUnitDisconnectInput>;
  where?: InputMaybe<OrgUnitChildrenConnectionWhere>;
};

export type OrgUnitChildrenFieldInput = {
  connect?: InputMaybe<Array<OrgUnitChildrenConnectFieldInput>>;
  create?: InputMaybe<Array<OrgUnitChildrenCreateFieldInput>>;
};

export type OrgUnitChildrenNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<OrgUnitChildrenNodeAggregationWhereInput>>;
  NOT?: InputMaybe<OrgUnitChildrenNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<OrgUnitChildrenNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type OrgUnitChildrenRelationship = {
  __typename?: 'OrgUnitChildrenRelationship';
  cursor: Scalars['String']['output'];
  node: OrgUnit;
};

export type OrgUnitChildrenUpdateConnectionInput = {
  node?: InputMaybe<OrgUnitUpdateInput>;
  where?: InputMaybe<OrgUnitChildrenConnectionWhere>;
};

export type OrgUnitChildrenUpdateFieldInput = {
  connect?: InputMaybe<Array<OrgUnitChildrenConnectFieldInput>>;
  create?: InputMaybe<Array<OrgUnitChildrenCreateFieldInput>>;
  delete?: InputMaybe<Array<OrgUnitChildrenDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<OrgUnitChildrenDisconnectFieldInput>>;
  update?: InputMaybe<OrgUnitChildrenUpdateConnectionInput>;
};

export type OrgUnitConnectInput = {
  children?: InputMaybe<Array<OrgUnitChildrenConnectFieldInput>>;
  members?: InputMaybe<Array<OrgUnitMembersConnectFieldInput>>;
  positions?: InputMaybe<Array<OrgUnitPositionsConnectFieldInput>>;
  teams?: InputMaybe<Array<OrgUnitTeamsConnectFieldInput>>;
};

export type OrgUnitConnectWhere = {
  node: OrgUnitWhere;
};

export type OrgUnitCreateInput = {
  children?: InputMaybe<OrgUnitChildrenFieldInput>;
  id: Scalars['ID']['input'];
  members?: InputMaybe<OrgUnitMembersFieldInput>;
  name: Scalars['String']['input'];
  organization?: InputMaybe<OrgUnitOrganizationFieldInput>;
  parent?: InputMaybe<OrgUnitParentFieldInput>;
  positions?: InputMaybe<OrgUnitPositionsFieldInput>;
  teams?: InputMaybe<OrgUnitTeamsFieldInput>;
};

export type OrgUnitDeleteInput = {
  children?: InputMaybe<Array<OrgUnitChildrenDeleteFieldInput>>;
  members?: InputMaybe<Array<OrgUnitMembersDeleteFieldInput>>;
  organization?: InputMaybe<OrgUnitOrganizationDeleteFieldInput>;
  parent?: InputMaybe<OrgUnitParentDeleteFieldInput>;
  positions?: InputMaybe<Array<OrgUnitPositionsDeleteFieldInput>>;
  teams?: InputMaybe<Array<OrgUnitTeamsDeleteFieldInput>>;
};

export type OrgUnitDisconnectInput = {
  children?: InputMaybe<Array<OrgUnitChildrenDisconnectFieldInput>>;
  members?: InputMaybe<Array<OrgUnitMembersDisconnectFieldInput>>;
  positions?: InputMaybe<Array<OrgUnitPositionsDisconnectFieldInput>>;
  teams?: InputMaybe<Array<OrgUnitTeamsDisconnectFieldInput>>;
};

export type OrgUnitEdge = {
  __typename?: 'OrgUnitEdge';
  cursor: Scalars['String']['output'];
  node: OrgUnit;
};

export type OrgUnitMembersConnectFieldInput = {
  connect?: InputMaybe<Array<PersonConnectInput>>;
  where?: InputMaybe<PersonConnectWhere>;
};

export type OrgUnitMembersConnection = {
  __typename?: 'OrgUnitMembersConnection';
  aggregate: OrgUnitPersonMembersAggregateSelection;
  edges: Array<OrgUnitMembersRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrgUnitMembersConnectionAggregateInput = {
  AND?: InputMaybe<Array<OrgUnitMembersConnectionAggregateInput>>;
  NOT?: InputMaybe<OrgUnitMembersConnectionAggregateInput>;
  OR?: InputMaybe<Array<OrgUnitMembersConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<OrgUnitMembersNodeAggregationWhereInput>;
};

export type OrgUnitMembersConnectionFilters = {
  /** Filter OrgUnits by aggregating results on related OrgUnitMembersConnections */
  aggregate?: InputMaybe<OrgUnitMembersConnectionAggregateInput>;
  /** Return OrgUnits where all of the related OrgUnitMembersConnections match this filter */
  all?: InputMaybe<OrgUnitMembersConnectionWhere>;
  /** Return OrgUnits where none of the related OrgUnitMembersConnections match this filter */
  none?: InputMaybe<OrgUnitMembersConnectionWhere>;
  /** Return OrgUnits where one of the related OrgUnitMembersConnections match this filter */
  single?: InputMaybe<OrgUnitMembersConnectionWhere>;
  /** Return OrgUnits where some of the related OrgUnitMembersConnections match this filter */
  some?: InputMaybe<OrgUnitMembersConnectionWhere>;
};

export type OrgUnitMembersConnectionSort = {
  node?: InputMaybe<PersonSort>;
};

export type OrgUnitMembersConnectionWhere = {
  AND?: InputMaybe<Array<OrgUnitMembersConnectionWhere>>;
  NOT?: InputMaybe<OrgUnitMembersConnectionWhere>;
  OR?: InputMaybe<Array<OrgUnitMembersConnectionWhere>>;
  node?: InputMaybe<PersonWhere>;
};

export type OrgUnitMembersCreateFieldInput = {
  node: PersonCreateInput;
};

export type OrgUnitMembersDeleteFieldInput = {
  delete?: InputMaybe<PersonDeleteInput>;
  where?: InputMaybe<OrgUnitMembersConnectionWhere>;
};

export type OrgUnitMembersDisconnectFieldInput = {
  disconnect?: InputMaybe<PersonDisconnectInput>;
  where?: InputMaybe<OrgUnitMembersConnectionWhere>;
};

export type OrgUnitMembersFieldInput = {
  connect?: InputMaybe<Array<OrgUnitMembersConnectFieldInput>>;
  create?: InputMaybe<Array<OrgUnitMembersCreateFieldInput>>;
};

export type OrgUnitMembersNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<OrgUnitMembersNodeAggregationWhereInput>>;
  NOT?: InputMaybe<OrgUnitMembersNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<OrgUnitMembersNodeAggregationWhereInput>>;
  availability?: InputMaybe<FloatScalarAggregationFilters>;
  location?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type OrgUnitMembersRelationship = {
  __typename?: 'OrgUnitMembersRelationship';
  cursor: Scalars['String']['output'];
  node: Person;
};

export type OrgUnitMembersUpdateConnectionInput = {
  node?: InputMaybe<PersonUpdateInput>;
  where?: InputMaybe<OrgUnitMembersConnectionWhere>;
};

export type OrgUnitMembersUpdateFieldInput = {
  connect?: InputMaybe<Array<OrgUnitMembersConnectFieldInput>>;
  create?: InputMaybe<Array<OrgUnitMembersCreateFieldInput>>;
  delete?: InputMaybe<Array<OrgUnitMembersDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<OrgUnitMembersDisconnectFieldInput>>;
  update?: InputMaybe<OrgUnitMembersUpdateConnectionInput>;
};

export type OrgUnitOrgUnitChildrenAggregateSelection = {
  __typename?: 'OrgUnitOrgUnitChildrenAggregateSelection';
  count: CountConnection;
  node?: Maybe<OrgUnitOrgUnitChildrenNodeAggregateSelection>;
};

export type OrgUnitOrgUnitChildrenNodeAggregateSelection = {
  __typename?: 'OrgUnitOrgUnitChildrenNodeAggregateSelection';
  name: StringAggregateSelection;
};

export type OrgUnitOrganizationConnection = {
  __typename?: 'OrgUnitOrganizationConnection';
  edges: Array<OrgUnitOrganizationRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrgUnitOrganizationConnectionWhere = {
  AND?: InputMaybe<Array<OrgUnitOrganizationConnectionWhere>>;
  NOT?: InputMaybe<OrgUnitOrganizationConnectionWhere>;
  OR?: InputMaybe<Array<OrgUnitOrganizationConnectionWhere>>;
  node?: InputMaybe<OrganizationWhere>;
};

export type OrgUnitOrganizationCreateFieldInput = {
  node: OrganizationCreateInput;
};

export type OrgUnitOrganizationDeleteFieldInput = {
  delete?: InputMaybe<OrganizationDeleteInput>;
  where?: InputMaybe<OrgUnitOrganizationConnectionWhere>;
};

export type OrgUnitOrganizationFieldInput = {
  create?: InputMaybe<OrgUnitOrganizationCreateFieldInput>;
};

export type OrgUnitOrganizationRelationship = {
  __typename?: 'OrgUnitOrganizationRelationship';
  cursor: Scalars['String']['output'];
  node: Organization;
};

export type OrgUnitParentConnection = {
  __typename?: 'OrgUnitParentConnection';
  edges: Array<OrgUnitParentRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrgUnitParentConnectionWhere = {
  AND?: InputMaybe<Array<OrgUnitParentConnectionWhere>>;
  NOT?: InputMaybe<OrgUnitParentConnectionWhere>;
  OR?: InputMaybe<Array<OrgUnitParentConnectionWhere>>;
  node?: InputMaybe<OrgUnitWhere>;
};

export type OrgUnitParentCreateFieldInput = {
  node: OrgUnitCreateInput;
};

export type OrgUnitParentDeleteFieldInput = {
  delete?: InputMaybe<OrgUnitDeleteInput>;
  where?: InputMaybe<OrgUnitParentConnectionWhere>;
};

export type OrgUnitParentFieldInput = {
  create?: InputMaybe<OrgUnitParentCreateFieldInput>;
};

export type OrgUnitParentRelationship = {
  __typename?: 'OrgUnitParentRelationship';
  cursor: Scalars['String']['output'];
  node: OrgUnit;
};

export type OrgUnitPersonMembersAggregateSelection = {
  __typename?: 'OrgUnitPersonMembersAggregateSelection';
  count: CountConnection;
  node?: Maybe<OrgUnitPersonMembersNodeAggregateSelection>;
};

export type OrgUnitPersonMembersNodeAggregateSelection = {
  __typename?: 'OrgUnitPersonMembersNodeAggregateSelection';
  availability: FloatAggregateSelection;
  location: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type OrgUnitPositionsConnectFieldInput = {
  connect?: InputMaybe<Array<RoleConnectInput>>;
  edge: PositionCreateInput;
  where?: InputMaybe<RoleConnectWhere>;
};

export type OrgUnitPositionsConnection = {
  __typename?: 'OrgUnitPositionsConnection';
  aggregate: OrgUnitRolePositionsAggregateSelection;
  edges: Array<OrgUnitPositionsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrgUnitPositionsConnectionAggregateInput = {
  AND?: InputMaybe<Array<OrgUnitPositionsConnectionAggregateInput>>;
  NOT?: InputMaybe<OrgUnitPositionsConnectionAggregateInput>;
  OR?: InputMaybe<Array<OrgUnitPositionsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<PositionAggregationWhereInput>;
  node?: InputMaybe<OrgUnitPositionsNodeAggregationWhereInput>;
};

export type OrgUnitPositionsConnectionFilters = {
  /** Filter OrgUnits by aggregating results on related OrgUnitPositionsConnections */
  aggregate?: InputMaybe<OrgUnitPositionsConnectionAggregateInput>;
  /** Return OrgUnits where all of the related OrgUnitPositionsConnections match this filter */
  all?: InputMaybe<OrgUnitPositionsConnectionWhere>;
  /** Return OrgUnits where none of the related OrgUnitPositionsConnections match this filter */
  none?: InputMaybe<OrgUnitPositionsConnectionWhere>;
  /** Return OrgUnits where one of the related OrgUnitPositionsConnections match this filter */
  single?: InputMaybe<OrgUnitPositionsConnectionWhere>;
  /** Return OrgUnits where some of the related OrgUnitPositionsConnections match this filter */
  some?: InputMaybe<OrgUnitPositionsConnectionWhere>;
};

export type OrgUnitPositionsConnectionSort = {
  edge?: InputMaybe<PositionSort>;
  node?: InputMaybe<RoleSort>;
};

export type OrgUnitPositionsConnectionWhere = {
  AND?: InputMaybe<Array<OrgUnitPositionsConnectionWhere>>;
  NOT?: InputMaybe<OrgUnitPositionsConnectionWhere>;
  OR?: InputMaybe<Array<OrgUnitPositionsConnectionWhere>>;
  edge?: InputMaybe<PositionWhere>;
  node?: InputMaybe<RoleWhere>;
};

export type OrgUnitPositionsCreateFieldInput = {
  edge: PositionCreateInput;
  node: RoleCreateInput;
};

export type OrgUnitPositionsDeleteFieldInput = {
  delete?: InputMaybe<RoleDeleteInput>;
  where?: InputMaybe<OrgUnitPositionsConnectionWhere>;
};

export type OrgUnitPositionsDisconnectFieldInput = {
  disconnect?: InputMaybe<RoleDisconnectInput>;
  where?: InputMaybe<OrgUnitPositionsConnectionWhere>;
};

export type OrgUnitPositionsFieldInput = {
  connect?: InputMaybe<Array<OrgUnitPositionsConnectFieldInput>>;
  create?: InputMaybe<Array<OrgUnitPositionsCreateFieldInput>>;
};

export type OrgUnitPositionsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<OrgUnitPositionsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<OrgUnitPositionsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<OrgUnitPositionsNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  escoCode?: InputMaybe<StringScalarAggregationFilters>;
  iscoGroup?: InputMaybe<StringScalarAggregationFilters>;
  jobZone?: InputMaybe<IntScalarAggregationFilters>;
  onetSocCode?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type OrgUnitPositionsRelationship = {
  __typename?: 'OrgUnitPositionsRelationship';
  cursor: Scalars['String']['output'];
  node: Role;
  properties: Position;
};

export type OrgUnitPositionsUpdateConnectionInput = {
  edge?: InputMaybe<PositionUpdateInput>;
  node?: InputMaybe<RoleUpdateInput>;
  where?: InputMaybe<OrgUnitPositionsConnectionWhere>;
};

export type OrgUnitPositionsUpdateFieldInput = {
  connect?: InputMaybe<Array<OrgUnitPositionsConnectFieldInput>>;
  create?: InputMaybe<Array<OrgUnitPositionsCreateFieldInput>>;
  delete?: InputMaybe<Array<OrgUnitPositionsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<OrgUnitPositionsDisconnectFieldInput>>;
  update?: InputMaybe<OrgUnitPositionsUpdateConnectionInput>;
};

export type OrgUnitRelationshipFilters = {
  /** Filter type where all of the related OrgUnits match this filter */
  all?: InputMaybe<OrgUnitWhere>;
  /** Filter type where none of the related OrgUnits match this filter */
  none?: InputMaybe<OrgUnitWhere>;
  /** Filter type where one of the related OrgUnits match this filter */
  single?: InputMaybe<OrgUnitWhere>;
  /** Filter type where some of the related OrgUnits match this filter */
  some?: InputMaybe<OrgUnitWhere>;
};

export type OrgUnitRolePositionsAggregateSelection = {
  __typename?: 'OrgUnitRolePositionsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<OrgUnitRolePositionsEdgeAggregateSelection>;
  node?: Maybe<OrgUnitRolePositionsNodeAggregateSelection>;
};

export type OrgUnitRolePositionsEdgeAggregateSelection = {
  __typename?: 'OrgUnitRolePositionsEdgeAggregateSelection';
  headcount: IntAggregateSelection;
  openings: IntAggregateSelection;
};

export type OrgUnitRolePositionsNodeAggregateSelection = {
  __typename?: 'OrgUnitRolePositionsNodeAggregateSelection';
  description: StringAggregateSelection;
  escoCode: StringAggregateSelection;
  iscoGroup: StringAggregateSelection;
  jobZone: IntAggregateSelection;
  onetSocCode: StringAggregateSelection;
  title: StringAggregateSelection;
};

/** Fields to sort OrgUnits by. The order in which sorts are applied is not guaranteed when specifying many fields in one OrgUnitSort object. */
export type OrgUnitSort = {
  id?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
};

export type OrgUnitTeamTeamsAggregateSelection = {
  __typename?: 'OrgUnitTeamTeamsAggregateSelection';
  count: CountConnection;
  node?: Maybe<OrgUnitTeamTeamsNodeAggregateSelection>;
};

export type OrgUnitTeamTeamsNodeAggregateSelection = {
  __typename?: 'OrgUnitTeamTeamsNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type OrgUnitTeamsConnectFieldInput = {
  connect?: InputMaybe<Array<TeamConnectInput>>;
  where?: InputMaybe<TeamConnectWhere>;
};

export type OrgUnitTeamsConnection = {
  __typename?: 'OrgUnitTeamsConnection';
  aggregate: OrgUnitTeamTeamsAggregateSelection;
  edges: Array<OrgUnitTeamsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrgUnitTeamsConnectionAggregateInput = {
  AND?: InputMaybe<Array<OrgUnitTeamsConnectionAggregateInput>>;
  NOT?: InputMaybe<OrgUnitTeamsConnectionAggregateInput>;
  OR?: InputMaybe<Array<OrgUnitTeamsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<OrgUnitTeamsNodeAggregationWhereInput>;
};

export type OrgUnitTeamsConnectionFilters = {
  /** Filter OrgUnits by aggregating results on related OrgUnitTeamsConnections */
  aggregate?: InputMaybe<OrgUnitTeamsConnectionAggregateInput>;
  /** Return OrgUnits where all of the related OrgUnitTeamsConnections match this filter */
  all?: InputMaybe<OrgUnitTeamsConnectionWhere>;
  /** Return OrgUnits where none of the related OrgUnitTeamsConnections match this filter */
  none?: InputMaybe<OrgUnitTeamsConnectionWhere>;
  /** Return OrgUnits where one of the related OrgUnitTeamsConnections match this filter */
  single?: InputMaybe<OrgUnitTeamsConnectionWhere>;
  /** Return OrgUnits where some of the related OrgUnitTeamsConnections match this filter */
  some?: InputMaybe<OrgUnitTeamsConnectionWhere>;
};

export type OrgUnitTeamsConnectionSort = {
  node?: InputMaybe<TeamSort>;
};

export type OrgUnitTeamsConnectionWhere = {
  AND?: InputMaybe<Array<OrgUnitTeamsConnectionWhere>>;
  NOT?: InputMaybe<OrgUnitTeamsConnectionWhere>;
  OR?: InputMaybe<Array<OrgUnitTeamsConnectionWhere>>;
  node?: InputMaybe<TeamWhere>;
};

export type OrgUnitTeamsCreateFieldInput = {
  node: TeamCreateInput;
};

export type OrgUnitTeamsDeleteFieldInput = {
  delete?: InputMaybe<TeamDeleteInput>;
  where?: InputMaybe<OrgUnitTeamsConnectionWhere>;
};

export type OrgUnitTeamsDisconnectFieldInput = {
  disconnect?: InputMaybe<TeamDisconnectInput>;
  where?: InputMaybe<OrgUnitTeamsConnectionWhere>;
};

export type OrgUnitTeamsFieldInput = {
  connect?: InputMaybe<Array<OrgUnitTeamsConnectFieldInput>>;
  create?: InputMaybe<Array<OrgUnitTeamsCreateFieldInput>>;
};

export type OrgUnitTeamsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<OrgUnitTeamsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<OrgUnitTeamsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<OrgUnitTeamsNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type OrgUnitTeamsRelationship = {
  __typename?: 'OrgUnitTeamsRelationship';
  cursor: Scalars['String']['output'];
  node: Team;
};

export type OrgUnitTeamsUpdateConnectionInput = {
  node?: InputMaybe<TeamUpdateInput>;
  where?: InputMaybe<OrgUnitTeamsConnectionWhere>;
};

export type OrgUnitTeamsUpdateFieldInput = {
  connect?: InputMaybe<Array<OrgUnitTeamsConnectFieldInput>>;
  create?: InputMaybe<Array<OrgUnitTeamsCreateFieldInput>>;
  delete?: InputMaybe<Array<OrgUnitTeamsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<OrgUnitTeamsDisconnectFieldInput>>;
  update?: InputMaybe<OrgUnitTeamsUpdateConnectionInput>;
};

export type OrgUnitUpdateInput = {
  children?: InputMaybe<Array<OrgUnitChildrenUpdateFieldInput>>;
  id?: InputMaybe<IdScalarMutations>;
  members?: InputMaybe<Array<OrgUnitMembersUpdateFieldInput>>;
  name?: InputMaybe<StringScalarMutations>;
  positions?: InputMaybe<Array<OrgUnitPositionsUpdateFieldInput>>;
  teams?: InputMaybe<Array<OrgUnitTeamsUpdateFieldInput>>;
};

export type OrgUnitWhere = {
  AND?: InputMaybe<Array<OrgUnitWhere>>;
  NOT?: InputMaybe<OrgUnitWhere>;
  OR?: InputMaybe<Array<OrgUnitWhere>>;
  children?: InputMaybe<OrgUnitRelationshipFilters>;
  childrenConnection?: InputMaybe<OrgUnitChildrenConnectionFilters>;
  id?: InputMaybe<IdScalarFilters>;
  members?: InputMaybe<PersonRelationshipFilters>;
  membersConnection?: InputMaybe<OrgUnitMembersConnectionFilters>;
  name?: InputMaybe<StringScalarFilters>;
  organization?: InputMaybe<OrganizationWhere>;
  organizationConnection?: InputMaybe<OrgUnitOrganizationConnectionWhere>;
  parent?: InputMaybe<OrgUnitWhere>;
  parentConnection?: InputMaybe<OrgUnitParentConnectionWhere>;
  positions?: InputMaybe<RoleRelationshipFilters>;
  positionsConnection?: InputMaybe<OrgUnitPositionsConnectionFilters>;
  teams?: InputMaybe<TeamRelationshipFilters>;
  teamsConnection?: InputMaybe<OrgUnitTeamsConnectionFilters>;
};

export type OrgUnitsConnection = {
  __typename?: 'OrgUnitsConnection';
  aggregate: OrgUnitAggregate;
  edges: Array<OrgUnitEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An employer, training provider, credential issuer or partner. */
export type Organization = {
  __typename?: 'Organization';
  country?: Maybe<Scalars['CountryCode']['output']>;
  courses: Array<Course>;
  coursesConnection: OrganizationCoursesConnection;
  credentials: Array<Credential>;
  credentialsConnection: OrganizationCredentialsConnection;
  id: Scalars['ID']['output'];
  kinds: Array<OrganizationKind>;
  name: Scalars['String']['output'];
  orgUnits: Array<OrgUnit>;
  orgUnitsConnection: OrganizationOrgUnitsConnection;
  url?: Maybe<Scalars['URL']['output']>;
};


/** An employer, training provider, credential issuer or partner. */
export type OrganizationCoursesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CourseSort>>;
  where?: InputMaybe<CourseWhere>;
};


/** An employer, training provider, credential issuer or partner. */
export type OrganizationCoursesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganizationCoursesConnectionSort>>;
  where?: InputMaybe<OrganizationCoursesConnectionWhere>;
};


/** An employer, training provider, credential issuer or partner. */
export type OrganizationCredentialsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CredentialSort>>;
  where?: InputMaybe<CredentialWhere>;
};


/** An employer, training provider, credential issuer or partner. */
export type OrganizationCredentialsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganizationCredentialsConnectionSort>>;
  where?: InputMaybe<OrganizationCredentialsConnectionWhere>;
};


/** An employer, training provider, credential issuer or partner. */
export type OrganizationOrgUnitsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrgUnitSort>>;
  where?: InputMaybe<OrgUnitWhere>;
};


/** An employer, training provider, credential issuer or partner. */
export type OrganizationOrgUnitsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganizationOrgUnitsConnectionSort>>;
  where?: InputMaybe<OrganizationOrgUnitsConnectionWhere>;
};

export type OrganizationAggregate = {
  __typename?: 'OrganizationAggregate';
  count: Count;
  node: OrganizationAggregateNode;
};

export type OrganizationAggregateNode = {
  __typename?: 'OrganizationAggregateNode';
  name: StringAggregateSelection;
};

export type OrganizationCourseCoursesAggregateSelection = {
  __typename?: 'OrganizationCourseCoursesAggregateSelection';
  count: CountConnection;
  node?: Maybe<OrganizationCourseCoursesNodeAggregateSelection>;
};

export type OrganizationCourseCoursesNodeAggregateSelection = {
  __typename?: 'OrganizationCourseCoursesNodeAggregateSelection';
  cost: FloatAggregateSelection;
  description: StringAggregateSelection;
  durationMinutes: IntAggregateSelection;
  title: StringAggregateSelection;
};

export type OrganizationCoursesConnectFieldInput = {
  connect?: InputMaybe<Array<CourseConnectInput>>;
  where?: InputMaybe<CourseConnectWhere>;
};

export type OrganizationCoursesConnection = {
  __typename?: 'OrganizationCoursesConnection';
  aggregate: OrganizationCourseCoursesAggregateSelection;
  edges: Array<OrganizationCoursesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganizationCoursesConnectionAggregateInput = {
  AND?: InputMaybe<Array<OrganizationCoursesConnectionAggregateInput>>;
  NOT?: InputMaybe<OrganizationCoursesConnectionAggregateInput>;
  OR?: InputMaybe<Array<OrganizationCoursesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<OrganizationCoursesNodeAggregationWhereInput>;
};

export type OrganizationCoursesConnectionFilters = {
  /** Filter Organizations by aggregating results on related OrganizationCoursesConnections */
  aggregate?: InputMaybe<OrganizationCoursesConnectionAggregateInput>;
  /** Return Organizations where all of the related OrganizationCoursesConnections match this filter */
  all?: InputMaybe<OrganizationCoursesConnectionWhere>;
  /** Return Organizations where none of the related OrganizationCoursesConnections match this filter */
  none?: InputMaybe<OrganizationCoursesConnectionWhere>;
  /** Return Organizations where one of the related OrganizationCoursesConnections match this filter */
  single?: InputMaybe<OrganizationCoursesConnectionWhere>;
  /** Return Organizations where some of the related OrganizationCoursesConnections match this filter */
  some?: InputMaybe<OrganizationCoursesConnectionWhere>;
};

export type OrganizationCoursesConnectionSort = {
  node?: InputMaybe<CourseSort>;
};

export type OrganizationCoursesConnectionWhere = {
  AND?: InputMaybe<Array<OrganizationCoursesConnectionWhere>>;
  NOT?: InputMaybe<OrganizationCoursesConnectionWhere>;
  OR?: InputMaybe<Array<OrganizationCoursesConnectionWhere>>;
  node?: InputMaybe<CourseWhere>;
};

export type OrganizationCoursesCreateFieldInput = {
  node: CourseCreateInput;
};

export type OrganizationCoursesDeleteFieldInput = {
  delete?: InputMaybe<CourseDeleteInput>;
  where?: InputMaybe<OrganizationCoursesConnectionWhere>;
};

export type OrganizationCoursesDisconnectFieldInput = {
  disconnect?: InputMaybe<CourseDisconnectInput>;
  where?: InputMaybe<OrganizationCoursesConnectionWhere>;
};

export type OrganizationCoursesFieldInput = {
  connect?: InputMaybe<Array<OrganizationCoursesConnectFieldInput>>;
  create?: InputMaybe<Array<OrganizationCoursesCreateFieldInput>>;
};

export type OrganizationCoursesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<OrganizationCoursesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<OrganizationCoursesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<OrganizationCoursesNodeAggregationWhereInput>>;
  cost?: InputMaybe<FloatScalarAggregationFilters>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  durationMinutes?: InputMaybe<IntScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type OrganizationCoursesRelationship = {
  __typename?: 'OrganizationCoursesRelationship';
  cursor: Scalars['String']['output'];
  node: Course;
};

export type OrganizationCoursesUpdateConnectionInput = {
  node?: InputMaybe<CourseUpdateInput>;
  where?: InputMaybe<OrganizationCoursesConnectionWhere>;
};

export type OrganizationCoursesUpdateFieldInput = {
  connect?: InputMaybe<Array<OrganizationCoursesConnectFieldInput>>;
  create?: InputMaybe<Array<OrganizationCoursesCreateFieldInput>>;
  delete?: InputMaybe<Array<OrganizationCoursesDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<OrganizationCoursesDisconnectFieldInput>>;
  update?: InputMaybe<OrganizationCoursesUpdateConnectionInput>;
};

export type OrganizationCreateInput = {
  country?: InputMaybe<Scalars['CountryCode']['input']>;
  courses?: InputMaybe<OrganizationCoursesFieldInput>;
  credentials?: InputMaybe<OrganizationCredentialsFieldInput>;
  id: Scalars['ID']['input'];
  kinds: Array<OrganizationKind>;
  name: Scalars['String']['input'];
  orgUnits?: InputMaybe<OrganizationOrgUnitsFieldInput>;
  url?: InputMaybe<Scalars['URL']['input']>;
};

export type OrganizationCredentialCredentialsAggregateSelection = {
  __typename?: 'OrganizationCredentialCredentialsAggregateSelection';
  count: CountConnection;
  node?: Maybe<OrganizationCredentialCredentialsNodeAggregateSelection>;
};

export type OrganizationCredentialCredentialsNodeAggregateSelection = {
  __typename?: 'OrganizationCredentialCredentialsNodeAggregateSelection';
  description: StringAggregateSelection;
  ects: FloatAggregateSelection;
  eqfLevel: IntAggregateSelection;
  gradingScheme: StringAggregateSelection;
  identityVerification: StringAggregateSelection;
  qualityAssurance: StringAggregateSelection;
  requiredParts: IntAggregateSelection;
  title: StringAggregateSelection;
  validityMonths: IntAggregateSelection;
  workloadHours: FloatAggregateSelection;
};

export type OrganizationCredentialsConnectFieldInput = {
  connect?: InputMaybe<Array<CredentialConnectInput>>;
  where?: InputMaybe<CredentialConnectWhere>;
};

export type OrganizationCredentialsConnection = {
  __typename?: 'OrganizationCredentialsConnection';
  aggregate: OrganizationCredentialCredentialsAggregateSelection;
  edges: Array<OrganizationCredentialsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganizationCredentialsConnectionAggregateInput = {
  AND?: InputMaybe<Array<OrganizationCredentialsConnectionAggregateInput>>;
  NOT?: InputMaybe<OrganizationCredentialsConnectionAggregateInput>;
  OR?: InputMaybe<Array<OrganizationCredentialsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<OrganizationCredentialsNodeAggregationWhereInput>;
};

export type OrganizationCredentialsConnectionFilters = {
  /** Filter Organizations by aggregating results on related OrganizationCredentialsConnections */
  aggregate?: InputMaybe<OrganizationCredentialsConnectionAggregateInput>;
  /** Return Organizations where all of the related OrganizationCredentialsConnections match this filter */
  all?: InputMaybe<OrganizationCredentialsConnectionWhere>;
  /** Return Organizations where none of the related OrganizationCredentialsConnections match this filter */
  none?: InputMaybe<OrganizationCredentialsConnectionWhere>;
  /** Return Organizations where one of the related OrganizationCredentialsConnections match this filter */
  single?: InputMaybe<OrganizationCredentialsConnectionWhere>;
  /** Return Organizations where some of the related OrganizationCredentialsConnections match this filter */
  some?: InputMaybe<OrganizationCredentialsConnectionWhere>;
};

export type OrganizationCredentialsConnectionSort = {
  node?: InputMaybe<CredentialSort>;
};

export type OrganizationCredentialsConnectionWhere = {
  AND?: InputMaybe<Array<OrganizationCredentialsConnectionWhere>>;
  NOT?: InputMaybe<OrganizationCredentialsConnectionWhere>;
  OR?: InputMaybe<Array<OrganizationCredentialsConnectionWhere>>;
  node?: InputMaybe<CredentialWhere>;
};

export type OrganizationCredentialsCreateFieldInput = {
  node: CredentialCreateInput;
};

export type OrganizationCredentialsDeleteFieldInput = {
  delete?: InputMaybe<CredentialDeleteInput>;
  where?: InputMaybe<OrganizationCredentialsConnectionWhere>;
};

export type OrganizationCredentialsDisconnectFieldInput = {
  disconnect?: InputMaybe<CredentialDisconnectInput>;
  where?: InputMaybe<OrganizationCredentialsConnectionWhere>;
};

export type OrganizationCredentialsFieldInput = {
  connect?: InputMaybe<Array<OrganizationCredentialsConnectFieldInput>>;
  create?: InputMaybe<Array<OrganizationCredentialsCreateFieldInput>>;
};

export type OrganizationCredentialsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<OrganizationCredentialsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<OrganizationCredentialsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<OrganizationCredentialsNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  ects?: InputMaybe<FloatScalarAggregationFilters>;
  eqfLevel?: InputMaybe<IntScalarAggregationFilters>;
  gradingScheme?: InputMaybe<StringScalarAggregationFilters>;
  identityVerification?: InputMaybe<StringScalarAggregationFilters>;
  qualityAssurance?: InputMaybe<StringScalarAggregationFilters>;
  requiredParts?: InputMaybe<IntScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
  validityMonths?: InputMaybe<IntScalarAggregationFilters>;
  workloadHours?: InputMaybe<FloatScalarAggregationFilters>;
};

export type OrganizationCredentialsRelationship = {
  __typename?: 'OrganizationCredentialsRelationship';
  cursor: Scalars['String']['output'];
  node: Credential;
};

export type OrganizationCredentialsUpdateConnectionInput = {
  node?: InputMaybe<CredentialUpdateInput>;
  where?: InputMaybe<OrganizationCredentialsConnectionWhere>;
};

export type OrganizationCredentialsUpdateFieldInput = {
  connect?: InputMaybe<Array<OrganizationCredentialsConnectFieldInput>>;
  create?: InputMaybe<Array<OrganizationCredentialsCreateFieldInput>>;
  delete?: InputMaybe<Array<OrganizationCredentialsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<OrganizationCredentialsDisconnectFieldInput>>;
  update?: InputMaybe<OrganizationCredentialsUpdateConnectionInput>;
};

export type OrganizationDeleteInput = {
  courses?: InputMaybe<Array<OrganizationCoursesDeleteFieldInput>>;
  credentials?: InputMaybe<Array<OrganizationCredentialsDeleteFieldInput>>;
  orgUnits?: InputMaybe<Array<OrganizationOrgUnitsDeleteFieldInput>>;
};

export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  cursor: Scalars['String']['output'];
  node: Organization;
};

export type OrganizationKind =
  | 'CREDENTIAL_ISSUER'
  | 'EMPLOYER'
  | 'PARTNER'
  | 'TRAINING_PROVIDER';

/** OrganizationKind filters */
export type OrganizationKindListEnumScalarFilters = {
  eq?: InputMaybe<Array<OrganizationKind>>;
  includes?: InputMaybe<OrganizationKind>;
};

/** Mutations for a list for OrganizationKind */
export type OrganizationKindListEnumScalarMutations = {
  pop?: InputMaybe<OrganizationKind>;
  push?: InputMaybe<Array<OrganizationKind>>;
  set?: InputMaybe<Array<OrganizationKind>>;
};

export type OrganizationOrgUnitOrgUnitsAggregateSelection = {
  __typename?: 'OrganizationOrgUnitOrgUnitsAggregateSelection';
  count: CountConnection;
  node?: Maybe<OrganizationOrgUnitOrgUnitsNodeAggregateSelection>;
};

export type OrganizationOrgUnitOrgUnitsNodeAggregateSelection = {
  __typename?: 'OrganizationOrgUnitOrgUnitsNodeAggregateSelection';
  name: StringAggregateSelection;
};

export type OrganizationOrgUnitsConnectFieldInput = {
  connect?: InputMaybe<Array<OrgUnitConnectInput>>;
  where?: InputMaybe<OrgUnitConnectWhere>;
};

export type OrganizationOrgUnitsConnection = {
  __typename?: 'OrganizationOrgUnitsConnection';
  aggregate: OrganizationOrgUnitOrgUnitsAggregateSelection;
  edges: Array<OrganizationOrgUnitsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganizationOrgUnitsConnectionAggregateInput = {
  AND?: InputMaybe<Array<OrganizationOrgUnitsConnectionAggregateInput>>;
  NOT?: InputMaybe<OrganizationOrgUnitsConnectionAggregateInput>;
  OR?: InputMaybe<Array<OrganizationOrgUnitsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<OrganizationOrgUnitsNodeAggregationWhereInput>;
};

export type OrganizationOrgUnitsConnectionFilters = {
  /** Filter Organizations by aggregating results on related OrganizationOrgUnitsConnections */
  aggregate?: InputMaybe<OrganizationOrgUnitsConnectionAggregateInput>;
  /** Return Organizations where all of the related OrganizationOrgUnitsConnections match this filter */
  all?: InputMaybe<OrganizationOrgUnitsConnectionWhere>;
  /** Return Organizations where none of the related OrganizationOrgUnitsConnections match this filter */
  none?: InputMaybe<OrganizationOrgUnitsConnectionWhere>;
  /** Return Organizations where one of the related OrganizationOrgUnitsConnections match this filter */
  single?: InputMaybe<OrganizationOrgUnitsConnectionWhere>;
  /** Return Organizations where some of the related OrganizationOrgUnitsConnections match this filter */
  some?: InputMaybe<OrganizationOrgUnitsConnectionWhere>;
};

export type OrganizationOrgUnitsConnectionSort = {
  node?: InputMaybe<OrgUnitSort>;
};

export type OrganizationOrgUnitsConnectionWhere = {
  AND?: InputMaybe<Array<OrganizationOrgUnitsConnectionWhere>>;
  NOT?: InputMaybe<OrganizationOrgUnitsConnectionWhere>;
  OR?: InputMaybe<Array<OrganizationOrgUnitsConnectionWhere>>;
  node?: InputMaybe<OrgUnitWhere>;
};

export type OrganizationOrgUnitsCreateFieldInput = {
  node: OrgUnitCreateInput;
};

export type OrganizationOrgUnitsDeleteFieldInput = {
  delete?: InputMaybe<OrgUnitDeleteInput>;
  where?: InputMaybe<OrganizationOrgUnitsConnectionWhere>;
};

export type OrganizationOrgUnitsDisconnectFieldInput = {
  disconnect?: InputMaybe<OrgUnitDisconnectInput>;
  where?: InputMaybe<OrganizationOrgUnitsConnectionWhere>;
};

export type OrganizationOrgUnitsFieldInput = {
  connect?: InputMaybe<Array<OrganizationOrgUnitsConnectFieldInput>>;
  create?: InputMaybe<Array<OrganizationOrgUnitsCreateFieldInput>>;
};

export type OrganizationOrgUnitsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<OrganizationOrgUnitsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<OrganizationOrgUnitsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<OrganizationOrgUnitsNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type OrganizationOrgUnitsRelationship = {
  __typename?: 'OrganizationOrgUnitsRelationship';
  cursor: Scalars['String']['output'];
  node: OrgUnit;
};

export type OrganizationOrgUnitsUpdateConnectionInput = {
  node?: InputMaybe<OrgUnitUpdateInput>;
  where?: InputMaybe<OrganizationOrgUnitsConnectionWhere>;
};

export type OrganizationOrgUnitsUpdateFieldInput = {
  connect?: InputMaybe<Array<OrganizationOrgUnitsConnectFieldInput>>;
  create?: InputMaybe<Array<OrganizationOrgUnitsCreateFieldInput>>;
  delete?: InputMaybe<Array<OrganizationOrgUnitsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<OrganizationOrgUnitsDisconnectFieldInput>>;
  update?: InputMaybe<OrganizationOrgUnitsUpdateConnectionInput>;
};

/** Fields to sort Organizations by. The order in which sorts are applied is not guaranteed when specifying many fields in one OrganizationSort object. */
export type OrganizationSort = {
  country?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  url?: InputMaybe<SortDirection>;
};

export type OrganizationUpdateInput = {
  country?: InputMaybe<CountryCodeScalarMutations>;
  courses?: InputMaybe<Array<OrganizationCoursesUpdateFieldInput>>;
  credentials?: InputMaybe<Array<OrganizationCredentialsUpdateFieldInput>>;
  id?: InputMaybe<IdScalarMutations>;
  kinds?: InputMaybe<OrganizationKindListEnumScalarMutations>;
  name?: InputMaybe<StringScalarMutations>;
  orgUnits?: InputMaybe<Array<OrganizationOrgUnitsUpdateFieldInput>>;
  url?: InputMaybe<UrlScalarMutations>;
};

export type OrganizationWhere = {
  AND?: InputMaybe<Array<OrganizationWhere>>;
  NOT?: InputMaybe<OrganizationWhere>;
  OR?: InputMaybe<Array<OrganizationWhere>>;
  country?: InputMaybe<CountryCodeScalarFilters>;
  courses?: InputMaybe<CourseRelationshipFilters>;
  coursesConnection?: InputMaybe<OrganizationCoursesConnectionFilters>;
  credentials?: InputMaybe<CredentialRelationshipFilters>;
  credentialsConnection?: InputMaybe<OrganizationCredentialsConnectionFilters>;
  id?: InputMaybe<IdScalarFilters>;
  kinds?: InputMaybe<OrganizationKindListEnumScalarFilters>;
  name?: InputMaybe<StringScalarFilters>;
  orgUnits?: InputMaybe<OrgUnitRelationshipFilters>;
  orgUnitsConnection?: InputMaybe<OrganizationOrgUnitsConnectionFilters>;
  url?: InputMaybe<UrlScalarFilters>;
};

export type OrganizationsConnection = {
  __typename?: 'OrganizationsConnection';
  aggregate: OrganizationAggregate;
  edges: Array<OrganizationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Pagination information (Relay) */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A credential in a stack with a person's standing on it. */
export type PartProgress = {
  __typename?: 'PartProgress';
  /** Held validly, or a stack whose rule its parts satisfy. */
  complete: Scalars['Boolean']['output'];
  credentialId: Scalars['ID']['output'];
  depth: Scalars['Int']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  issuedAt?: Maybe<Scalars['DateTime']['output']>;
  mandatory?: Maybe<Scalars['Boolean']['output']>;
  parentId?: Maybe<Scalars['ID']['output']>;
  rule?: Maybe<Scalars['String']['output']>;
  ruleSatisfied?: Maybe<Scalars['Boolean']['output']>;
  share: Scalars['Float']['output'];
  status: HoldingStatus;
  title: Scalars['String']['output'];
};

/**
 * The edge properties for the following fields:
 * * Person.pastRoles
 * * Role.pastHolders
 */
export type PastTenure = {
  __typename?: 'PastTenure';
  from: Scalars['Date']['output'];
  until: Scalars['Date']['output'];
};

export type PastTenureCreateInput = {
  from: Scalars['Date']['input'];
  until: Scalars['Date']['input'];
};

export type PastTenureSort = {
  from?: InputMaybe<SortDirection>;
  until?: InputMaybe<SortDirection>;
};

export type PastTenureUpdateInput = {
  from?: InputMaybe<DateScalarMutations>;
  until?: InputMaybe<DateScalarMutations>;
};

export type PastTenureWhere = {
  AND?: InputMaybe<Array<PastTenureWhere>>;
  NOT?: InputMaybe<PastTenureWhere>;
  OR?: InputMaybe<Array<PastTenureWhere>>;
  from?: InputMaybe<DateScalarFilters>;
  until?: InputMaybe<DateScalarFilters>;
};

export type PeopleConnection = {
  __typename?: 'PeopleConnection';
  aggregate: PersonAggregate;
  edges: Array<PersonEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A person in the organisation. Personal data: see the README on who may read it. */
export type Person = {
  __typename?: 'Person';
  aspiredRoles: Array<Role>;
  aspiredRolesConnection: PersonAspiredRolesConnection;
  /**
   * Share of a full-time equivalent free for new work, 0 to 1.
   * Allowed: a number from 0 to 1.
   */
  availability: Scalars['Float']['output'];
  completedCourses: Array<Course>;
  completedCoursesConnection: PersonCompletedCoursesConnection;
  /** The email for the person, admins, and planners when the person shares contact details with them (setSharing); null otherwise. */
  contactEmail?: Maybe<Scalars['EmailAddress']['output']>;
  credentials: Array<Credential>;
  credentialsConnection: PersonCredentialsConnection;
  currentRole?: Maybe<Role>;
  currentRoleConnection: PersonCurrentRoleConnection;
  /** The person and admins only (planners read contactEmail, which the person decides on). */
  email: Scalars['EmailAddress']['output'];
  /**
   * The person's gap report for a role (fit, essential coverage, the evidence behind each requirement), as
   * Query.skillGap gives it. Batched per request: a page of people costs one database round trip.
   */
  fitFor: SkillGapReport;
  id: Scalars['ID']['output'];
  location?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  orgUnit?: Maybe<OrgUnit>;
  orgUnitConnection: PersonOrgUnitConnection;
  /** Roles the person held before, with dates: consecutive tenures are the observed internal moves mobility uses. */
  pastRoles: Array<Role>;
  pastRolesConnection: PersonPastRolesConnection;
  /** One edge per piece of evidence: a person may hold the same skill from several sources. */
  skills: Array<Skill>;
  skillsConnection: PersonSkillsConnection;
  teams: Array<Team>;
  teamsConnection: PersonTeamsConnection;
};


/** A person in the organisation. Personal data: see the README on who may read it. */
export type PersonAspiredRolesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<RoleSort>>;
  where?: InputMaybe<RoleWhere>;
};


/** A person in the organisation. Personal data: see the README on who may read it. */
export type PersonAspiredRolesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonAspiredRolesConnectionSort>>;
  where?: InputMaybe<PersonAspiredRolesConnectionWhere>;
};


/** A person in the organisation. Personal data: see the README on who may read it. */
export type PersonCompletedCoursesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CourseSort>>;
  where?: InputMaybe<CourseWhere>;
};


/** A person in the organisation. Personal data: see the README on who may read it. */
export type PersonCompletedCoursesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonCompletedCoursesConnectionSort>>;
  where?: InputMaybe<PersonCompletedCoursesConnectionWhere>;
};


/** A person in the organisation. Personal data: see the README on who may read it. */
export type PersonCredentialsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CredentialSort>>;
  where?: InputMaybe<CredentialWhere>;
};


/** A person in the organisation. Personal data: see the README on who may read it. */
export type PersonCredentialsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonCredentialsConnectionSort>>;
  where?: InputMaybe<PersonCredentialsConnectionWhere>;
};


/** A person in the organisation. Personal data: see the README on who may read it. */
export type PersonFitForArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  includeNarrower?: InputMaybe<Scalars['Boolean']['input']>;
  roleId: Scalars['ID']['input'];
};


/** A person in the organisation. Personal data: see the README on who may read it. */
export type PersonPastRolesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<RoleSort>>;
  where?: InputMaybe<RoleWhere>;
};


/** A person in the organisation. Personal data: see the README on who may read it. */
export type PersonPastRolesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonPastRolesConnectionSort>>;
  where?: InputMaybe<PersonPastRolesConnectionWhere>;
};


/** A person in the organisation. Personal data: see the README on who may read it. */
export type PersonSkillsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SkillSort>>;
  where?: InputMaybe<SkillWhere>;
};


/** A person in the organisation. Personal data: see the README on who may read it. */
export type PersonSkillsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonSkillsConnectionSort>>;
  where?: InputMaybe<PersonSkillsConnectionWhere>;
};


/** A person in the organisation. Personal data: see the README on who may read it. */
export type PersonTeamsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TeamSort>>;
  where?: InputMaybe<TeamWhere>;
};


/** A person in the organisation. Personal data: see the README on who may read it. */
export type PersonTeamsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonTeamsConnectionSort>>;
  where?: InputMaybe<PersonTeamsConnectionWhere>;
};

export type PersonAggregate = {
  __typename?: 'PersonAggregate';
  count: Count;
  node: PersonAggregateNode;
};

export type PersonAggregateNode = {
  __typename?: 'PersonAggregateNode';
  availability: FloatAggregateSelection;
  location: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type PersonAspiredRolesConnectFieldInput = {
  connect?: InputMaybe<Array<RoleConnectInput>>;
  where?: InputMaybe<RoleConnectWhere>;
};

export type PersonAspiredRolesConnection = {
  __typename?: 'PersonAspiredRolesConnection';
  aggregate: PersonRoleAspiredRolesAggregateSelection;
  edges: Array<PersonAspiredRolesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonAspiredRolesConnectionAggregateInput = {
  AND?: InputMaybe<Array<PersonAspiredRolesConnectionAggregateInput>>;
  NOT?: InputMaybe<PersonAspiredRolesConnectionAggregateInput>;
  OR?: InputMaybe<Array<PersonAspiredRolesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<PersonAspiredRolesNodeAggregationWhereInput>;
};

export type PersonAspiredRolesConnectionFilters = {
  /** Filter People by aggregating results on related PersonAspiredRolesConnections */
  aggregate?: InputMaybe<PersonAspiredRolesConnectionAggregateInput>;
  /** Return People where all of the related PersonAspiredRolesConnections match this filter */
  all?: InputMaybe<PersonAspiredRolesConnectionWhere>;
  /** Return People where none of the related PersonAspiredRolesConnections match this filter */
  none?: InputMaybe<PersonAspiredRolesConnectionWhere>;
  /** Return People where one of the related PersonAspiredRolesConnections match this filter */
  single?: InputMaybe<PersonAspiredRolesConnectionWhere>;
  /** Return People where some of the related PersonAspiredRolesConnections match this filter */
  some?: InputMaybe<PersonAspiredRolesConnectionWhere>;
};

export type PersonAspiredRolesConnectionSort = {
  node?: InputMaybe<RoleSort>;
};

export type PersonAspiredRolesConnectionWhere = {
  AND?: InputMaybe<Array<PersonAspiredRolesConnectionWhere>>;
  NOT?: InputMaybe<PersonAspiredRolesConnectionWhere>;
  OR?: InputMaybe<Array<PersonAspiredRolesConnectionWhere>>;
  node?: InputMaybe<RoleWhere>;
};

export type PersonAspiredRolesCreateFieldInput = {
  node: RoleCreateInput;
};

export type PersonAspiredRolesDeleteFieldInput = {
  delete?: InputMaybe<RoleDeleteInput>;
  where?: InputMaybe<PersonAspiredRolesConnectionWhere>;
};

export type PersonAspiredRolesDisconnectFieldInput = {
  disconnect?: InputMaybe<RoleDisconnectInput>;
  where?: InputMaybe<PersonAspiredRolesConnectionWhere>;
};

export type PersonAspiredRolesFieldInput = {
  connect?: InputMaybe<Array<PersonAspiredRolesConnectFieldInput>>;
  create?: InputMaybe<Array<PersonAspiredRolesCreateFieldInput>>;
};

export type PersonAspiredRolesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PersonAspiredRolesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PersonAspiredRolesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PersonAspiredRolesNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  escoCode?: InputMaybe<StringScalarAggregationFilters>;
  iscoGroup?: InputMaybe<StringScalarAggregationFilters>;
  jobZone?: InputMaybe<IntScalarAggregationFilters>;
  onetSocCode?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type PersonAspiredRolesRelationship = {
  __typename?: 'PersonAspiredRolesRelationship';
  cursor: Scalars['String']['output'];
  node: Role;
};

export type PersonAspiredRolesUpdateConnectionInput = {
  node?: InputMaybe<RoleUpdateInput>;
  where?: InputMaybe<PersonAspiredRolesConnectionWhere>;
};

export type PersonAspiredRolesUpdateFieldInput = {
  connect?: InputMaybe<Array<PersonAspiredRolesConnectFieldInput>>;
  create?: InputMaybe<Array<PersonAspiredRolesCreateFieldInput>>;
  delete?: InputMaybe<Array<PersonAspiredRolesDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<PersonAspiredRolesDisconnectFieldInput>>;
  update?: InputMaybe<PersonAspiredRolesUpdateConnectionInput>;
};

export type PersonCompletedCoursesConnectFieldInput = {
  connect?: InputMaybe<Array<CourseConnectInput>>;
  edge: CompletionCreateInput;
  where?: InputMaybe<CourseConnectWhere>;
};

export type PersonCompletedCoursesConnection = {
  __typename?: 'PersonCompletedCoursesConnection';
  aggregate: PersonCourseCompletedCoursesAggregateSelection;
  edges: Array<PersonCompletedCoursesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonCompletedCoursesConnectionAggregateInput = {
  AND?: InputMaybe<Array<PersonCompletedCoursesConnectionAggregateInput>>;
  NOT?: InputMaybe<PersonCompletedCoursesConnectionAggregateInput>;
  OR?: InputMaybe<Array<PersonCompletedCoursesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<CompletionAggregationWhereInput>;
  node?: InputMaybe<PersonCompletedCoursesNodeAggregationWhereInput>;
};

export type PersonCompletedCoursesConnectionFilters = {
  /** Filter People by aggregating results on related PersonCompletedCoursesConnections */
  aggregate?: InputMaybe<PersonCompletedCoursesConnectionAggregateInput>;
  /** Return People where all of the related PersonCompletedCoursesConnections match this filter */
  all?: InputMaybe<PersonCompletedCoursesConnectionWhere>;
  /** Return People where none of the related PersonCompletedCoursesConnections match this filter */
  none?: InputMaybe<PersonCompletedCoursesConnectionWhere>;
  /** Return People where one of the related PersonCompletedCoursesConnections match this filter */
  single?: InputMaybe<PersonCompletedCoursesConnectionWhere>;
  /** Return People where some of the related PersonCompletedCoursesConnections match this filter */
  some?: InputMaybe<PersonCompletedCoursesConnectionWhere>;
};

export type PersonCompletedCoursesConnectionSort = {
  edge?: InputMaybe<CompletionSort>;
  node?: InputMaybe<CourseSort>;
};

export type PersonCompletedCoursesConnectionWhere = {
  AND?: InputMaybe<Array<PersonCompletedCoursesConnectionWhere>>;
  NOT?: InputMaybe<PersonCompletedCoursesConnectionWhere>;
  OR?: InputMaybe<Array<PersonCompletedCoursesConnectionWhere>>;
  edge?: InputMaybe<CompletionWhere>;
  node?: InputMaybe<CourseWhere>;
};

export type PersonCompletedCoursesCreateFieldInput = {
  edge: CompletionCreateInput;
  node: CourseCreateInput;
};

export type PersonCompletedCoursesDeleteFieldInput = {
  delete?: InputMaybe<CourseDeleteInput>;
  where?: InputMaybe<PersonCompletedCoursesConnectionWhere>;
};

export type PersonCompletedCoursesDisconnectFieldInput = {
  disconnect?: InputMaybe<CourseDisconnectInput>;
  where?: InputMaybe<PersonCompletedCoursesConnectionWhere>;
};

export type PersonCompletedCoursesFieldInput = {
  connect?: InputMaybe<Array<PersonCompletedCoursesConnectFieldInput>>;
  create?: InputMaybe<Array<PersonCompletedCoursesCreateFieldInput>>;
};

export type PersonCompletedCoursesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PersonCompletedCoursesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PersonCompletedCoursesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PersonCompletedCoursesNodeAggregationWhereInput>>;
  cost?: InputMaybe<FloatScalarAggregationFilters>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  durationMinutes?: InputMaybe<IntScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type PersonCompletedCoursesRelationship = {
  __typename?: 'PersonCompletedCoursesRelationship';
  cursor: Scalars['String']['output'];
  node: Course;
  properties: Completion;
};

export type PersonCompletedCoursesUpdateConnectionInput = {
  edge?: InputMaybe<CompletionUpdateInput>;
  node?: InputMaybe<CourseUpdateInput>;
  where?: InputMaybe<PersonCompletedCoursesConnectionWhere>;
};

export type PersonCompletedCoursesUpdateFieldInput = {
  connect?: InputMaybe<Array<PersonCompletedCoursesConnectFieldInput>>;
  create?: InputMaybe<Array<PersonCompletedCoursesCreateFieldInput>>;
  delete?: InputMaybe<Array<PersonCompletedCoursesDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<PersonCompletedCoursesDisconnectFieldInput>>;
  update?: InputMaybe<PersonCompletedCoursesUpdateConnectionInput>;
};

export type PersonConnectInput = {
  aspiredRoles?: InputMaybe<Array<PersonAspiredRolesConnectFieldInput>>;
  completedCourses?: InputMaybe<Array<PersonCompletedCoursesConnectFieldInput>>;
  credentials?: InputMaybe<Array<PersonCredentialsConnectFieldInput>>;
  pastRoles?: InputMaybe<Array<PersonPastRolesConnectFieldInput>>;
  skills?: InputMaybe<Array<PersonSkillsConnectFieldInput>>;
  teams?: InputMaybe<Array<PersonTeamsConnectFieldInput>>;
};

export type PersonConnectWhere = {
  node: PersonWhere;
};

export type PersonCourseCompletedCoursesAggregateSelection = {
  __typename?: 'PersonCourseCompletedCoursesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<PersonCourseCompletedCoursesEdgeAggregateSelection>;
  node?: Maybe<PersonCourseCompletedCoursesNodeAggregateSelection>;
};

export type PersonCourseCompletedCoursesEdgeAggregateSelection = {
  __typename?: 'PersonCourseCompletedCoursesEdgeAggregateSelection';
  completedAt: DateTimeAggregateSelection;
};

export type PersonCourseCompletedCoursesNodeAggregateSelection = {
  __typename?: 'PersonCourseCompletedCoursesNodeAggregateSelection';
  cost: FloatAggregateSelection;
  description: StringAggregateSelection;
  durationMinutes: IntAggregateSelection;
  title: StringAggregateSelection;
};

export type PersonCreateInput = {
  aspiredRoles?: InputMaybe<PersonAspiredRolesFieldInput>;
  /** Allowed: a number from 0 to 1. */
  availability: Scalars['Float']['input'];
  completedCourses?: InputMaybe<PersonCompletedCoursesFieldInput>;
  credentials?: InputMaybe<PersonCredentialsFieldInput>;
  currentRole?: InputMaybe<PersonCurrentRoleFieldInput>;
  email: Scalars['EmailAddress']['input'];
  id: Scalars['ID']['input'];
  location?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  orgUnit?: InputMaybe<PersonOrgUnitFieldInput>;
  pastRoles?: InputMaybe<PersonPastRolesFieldInput>;
  skills?: InputMaybe<PersonSkillsFieldInput>;
  teams?: InputMaybe<PersonTeamsFieldInput>;
};

export type PersonCredentialCredentialsAggregateSelection = {
  __typename?: 'PersonCredentialCredentialsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<PersonCredentialCredentialsEdgeAggregateSelection>;
  node?: Maybe<PersonCredentialCredentialsNodeAggregateSelection>;
};

export type PersonCredentialCredentialsEdgeAggregateSelection = {
  __typename?: 'PersonCredentialCredentialsEdgeAggregateSelection';
  expiresAt: DateTimeAggregateSelection;
  issuedAt: DateTimeAggregateSelection;
  revocationReason: StringAggregateSelection;
  revokedAt: DateTimeAggregateSelection;
};

export type PersonCredentialCredentialsNodeAggregateSelection = {
  __typename?: 'PersonCredentialCredentialsNodeAggregateSelection';
  description: StringAggregateSelection;
  ects: FloatAggregateSelection;
  eqfLevel: IntAggregateSelection;
  gradingScheme: StringAggregateSelection;
  identityVerification: StringAggregateSelection;
  qualityAssurance: StringAggregateSelection;
  requiredParts: IntAggregateSelection;
  title: StringAggregateSelection;
  validityMonths: IntAggregateSelection;
  workloadHours: FloatAggregateSelection;
};

export type PersonCredentialsConnectFieldInput = {
  connect?: InputMaybe<Array<CredentialConnectInput>>;
  edge: CredentialHoldingCreateInput;
  where?: InputMaybe<CredentialConnectWhere>;
};

export type PersonCredentialsConnection = {
  __typename?: 'PersonCredentialsConnection';
  aggregate: PersonCredentialCredentialsAggregateSelection;
  edges: Array<PersonCredentialsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonCredentialsConnectionAggregateInput = {
  AND?: InputMaybe<Array<PersonCredentialsConnectionAggregateInput>>;
  NOT?: InputMaybe<PersonCredentialsConnectionAggregateInput>;
  OR?: InputMaybe<Array<PersonCredentialsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<CredentialHoldingAggregationWhereInput>;
  node?: InputMaybe<PersonCredentialsNodeAggregationWhereInput>;
};

export type PersonCredentialsConnectionFilters = {
  /** Filter People by aggregating results on related PersonCredentialsConnections */
  aggregate?: InputMaybe<PersonCredentialsConnectionAggregateInput>;
  /** Return People where all of the related PersonCredentialsConnections match this filter */
  all?: InputMaybe<PersonCredentialsConnectionWhere>;
  /** Return People where none of the related PersonCredentialsConnections match this filter */
  none?: InputMaybe<PersonCredentialsConnectionWhere>;
  /** Return People where one of the related PersonCredentialsConnections match this filter */
  single?: InputMaybe<PersonCredentialsConnectionWhere>;
  /** Return People where some of the related PersonCredentialsConnections match this filter */
  some?: InputMaybe<PersonCredentialsConnectionWhere>;
};

export type PersonCredentialsConnectionSort = {
  edge?: InputMaybe<CredentialHoldingSort>;
  node?: InputMaybe<CredentialSort>;
};

export type PersonCredentialsConnectionWhere = {
  AND?: InputMaybe<Array<PersonCredentialsConnectionWhere>>;
  NOT?: InputMaybe<PersonCredentialsConnectionWhere>;
  OR?: InputMaybe<Array<PersonCredentialsConnectionWhere>>;
  edge?: InputMaybe<CredentialHoldingWhere>;
  node?: InputMaybe<CredentialWhere>;
};

export type PersonCredentialsCreateFieldInput = {
  edge: CredentialHoldingCreateInput;
  node: CredentialCreateInput;
};

export type PersonCredentialsDeleteFieldInput = {
  delete?: InputMaybe<CredentialDeleteInput>;
  where?: InputMaybe<PersonCredentialsConnectionWhere>;
};

export type PersonCredentialsDisconnectFieldInput = {
  disconnect?: InputMaybe<CredentialDisconnectInput>;
  where?: InputMaybe<PersonCredentialsConnectionWhere>;
};

export type PersonCredentialsFieldInput = {
  connect?: InputMaybe<Array<PersonCredentialsConnectFieldInput>>;
  create?: InputMaybe<Array<PersonCredentialsCreateFieldInput>>;
};

export type PersonCredentialsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PersonCredentialsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PersonCredentialsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PersonCredentialsNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  ects?: InputMaybe<FloatScalarAggregationFilters>;
  eqfLevel?: InputMaybe<IntScalarAggregationFilters>;
  gradingScheme?: InputMaybe<StringScalarAggregationFilters>;
  identityVerification?: InputMaybe<StringScalarAggregationFilters>;
  qualityAssurance?: InputMaybe<StringScalarAggregationFilters>;
  requiredParts?: InputMaybe<IntScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
  validityMonths?: InputMaybe<IntScalarAggregationFilters>;
  workloadHours?: InputMaybe<FloatScalarAggregationFilters>;
};

export type PersonCredentialsRelationship = {
  __typename?: 'PersonCredentialsRelationship';
  cursor: Scalars['String']['output'];
  node: Credential;
  properties: CredentialHolding;
};

export type PersonCredentialsUpdateConnectionInput = {
  edge?: InputMaybe<CredentialHoldingUpdateInput>;
  node?: InputMaybe<CredentialUpdateInput>;
  where?: InputMaybe<PersonCredentialsConnectionWhere>;
};

export type PersonCredentialsUpdateFieldInput = {
  connect?: InputMaybe<Array<PersonCredentialsConnectFieldInput>>;
  create?: InputMaybe<Array<PersonCredentialsCreateFieldInput>>;
  delete?: InputMaybe<Array<PersonCredentialsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<PersonCredentialsDisconnectFieldInput>>;
  update?: InputMaybe<PersonCredentialsUpdateConnectionInput>;
};

export type PersonCurrentRoleConnection = {
  __typename?: 'PersonCurrentRoleConnection';
  edges: Array<PersonCurrentRoleRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonCurrentRoleConnectionWhere = {
  AND?: InputMaybe<Array<PersonCurrentRoleConnectionWhere>>;
  NOT?: InputMaybe<PersonCurrentRoleConnectionWhere>;
  OR?: InputMaybe<Array<PersonCurrentRoleConnectionWhere>>;
  edge?: InputMaybe<RoleTenureWhere>;
  node?: InputMaybe<RoleWhere>;
};

export type PersonCurrentRoleCreateFieldInput = {
  edge: RoleTenureCreateInput;
  node: RoleCreateInput;
};

export type PersonCurrentRoleDeleteFieldInput = {
  delete?: InputMaybe<RoleDeleteInput>;
  where?: InputMaybe<PersonCurrentRoleConnectionWhere>;
};

export type PersonCurrentRoleFieldInput = {
  create?: InputMaybe<PersonCurrentRoleCreateFieldInput>;
};

export type PersonCurrentRoleRelationship = {
  __typename?: 'PersonCurrentRoleRelationship';
  cursor: Scalars['String']['output'];
  node: Role;
  properties: RoleTenure;
};

export type PersonDeleteInput = {
  aspiredRoles?: InputMaybe<Array<PersonAspiredRolesDeleteFieldInput>>;
  completedCourses?: InputMaybe<Array<PersonCompletedCoursesDeleteFieldInput>>;
  credentials?: InputMaybe<Array<PersonCredentialsDeleteFieldInput>>;
  currentRole?: InputMaybe<PersonCurrentRoleDeleteFieldInput>;
  orgUnit?: InputMaybe<PersonOrgUnitDeleteFieldInput>;
  pastRoles?: InputMaybe<Array<PersonPastRolesDeleteFieldInput>>;
  skills?: InputMaybe<Array<PersonSkillsDeleteFieldInput>>;
  teams?: InputMaybe<Array<PersonTeamsDeleteFieldInput>>;
};

export type PersonDisconnectInput = {
  aspiredRoles?: InputMaybe<Array<PersonAspiredRolesDisconnectFieldInput>>;
  completedCourses?: InputMaybe<Array<PersonCompletedCoursesDisconnectFieldInput>>;
  credentials?: InputMaybe<Array<PersonCredentialsDisconnectFieldInput>>;
  pastRoles?: InputMaybe<Array<PersonPastRolesDisconnectFieldInput>>;
  skills?: InputMaybe<Array<PersonSkillsDisconnectFieldInput>>;
  teams?: InputMaybe<Array<PersonTeamsDisconnectFieldInput>>;
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

export type PersonOrgUnitConnection = {
  __typename?: 'PersonOrgUnitConnection';
  edges: Array<PersonOrgUnitRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonOrgUnitConnectionWhere = {
  AND?: InputMaybe<Array<PersonOrgUnitConnectionWhere>>;
  NOT?: InputMaybe<PersonOrgUnitConnectionWhere>;
  OR?: InputMaybe<Array<PersonOrgUnitConnectionWhere>>;
  node?: InputMaybe<OrgUnitWhere>;
};

export type PersonOrgUnitCreateFieldInput = {
  node: OrgUnitCreateInput;
};

export type PersonOrgUnitDeleteFieldInput = {
  delete?: InputMaybe<OrgUnitDeleteInput>;
  where?: InputMaybe<PersonOrgUnitConnectionWhere>;
};

export type PersonOrgUnitFieldInput = {
  create?: InputMaybe<PersonOrgUnitCreateFieldInput>;
};

export type PersonOrgUnitRelationship = {
  __typename?: 'PersonOrgUnitRelationship';
  cursor: Scalars['String']['output'];
  node: OrgUnit;
};

export type PersonPastRolesConnectFieldInput = {
  connect?: InputMaybe<Array<RoleConnectInput>>;
  edge: PastTenureCreateInput;
  where?: InputMaybe<RoleConnectWhere>;
};

export type PersonPastRolesConnection = {
  __typename?: 'PersonPastRolesConnection';
  aggregate: PersonRolePastRolesAggregateSelection;
  edges: Array<PersonPastRolesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonPastRolesConnectionAggregateInput = {
  AND?: InputMaybe<Array<PersonPastRolesConnectionAggregateInput>>;
  NOT?: InputMaybe<PersonPastRolesConnectionAggregateInput>;
  OR?: InputMaybe<Array<PersonPastRolesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<PersonPastRolesNodeAggregationWhereInput>;
};

export type PersonPastRolesConnectionFilters = {
  /** Filter People by aggregating results on related PersonPastRolesConnections */
  aggregate?: InputMaybe<PersonPastRolesConnectionAggregateInput>;
  /** Return People where all of the related PersonPastRolesConnections match this filter */
  all?: InputMaybe<PersonPastRolesConnectionWhere>;
  /** Return People where none of the related PersonPastRolesConnections match this filter */
  none?: InputMaybe<PersonPastRolesConnectionWhere>;
  /** Return People where one of the related PersonPastRolesConnections match this filter */
  single?: InputMaybe<PersonPastRolesConnectionWhere>;
  /** Return People where some of the related PersonPastRolesConnections match this filter */
  some?: InputMaybe<PersonPastRolesConnectionWhere>;
};

export type PersonPastRolesConnectionSort = {
  edge?: InputMaybe<PastTenureSort>;
  node?: InputMaybe<RoleSort>;
};

export type PersonPastRolesConnectionWhere = {
  AND?: InputMaybe<Array<PersonPastRolesConnectionWhere>>;
  NOT?: InputMaybe<PersonPastRolesConnectionWhere>;
  OR?: InputMaybe<Array<PersonPastRolesConnectionWhere>>;
  edge?: InputMaybe<PastTenureWhere>;
  node?: InputMaybe<RoleWhere>;
};

export type PersonPastRolesCreateFieldInput = {
  edge: PastTenureCreateInput;
  node: RoleCreateInput;
};

export type PersonPastRolesDeleteFieldInput = {
  delete?: InputMaybe<RoleDeleteInput>;
  where?: InputMaybe<PersonPastRolesConnectionWhere>;
};

export type PersonPastRolesDisconnectFieldInput = {
  disconnect?: InputMaybe<RoleDisconnectInput>;
  where?: InputMaybe<PersonPastRolesConnectionWhere>;
};

export type PersonPastRolesFieldInput = {
  connect?: InputMaybe<Array<PersonPastRolesConnectFieldInput>>;
  create?: InputMaybe<Array<PersonPastRolesCreateFieldInput>>;
};

export type PersonPastRolesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PersonPastRolesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PersonPastRolesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PersonPastRolesNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  escoCode?: InputMaybe<StringScalarAggregationFilters>;
  iscoGroup?: InputMaybe<StringScalarAggregationFilters>;
  jobZone?: InputMaybe<IntScalarAggregationFilters>;
  onetSocCode?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type PersonPastRolesRelationship = {
  __typename?: 'PersonPastRolesRelationship';
  cursor: Scalars['String']['output'];
  node: Role;
  properties: PastTenure;
};

export type PersonPastRolesUpdateConnectionInput = {
  edge?: InputMaybe<PastTenureUpdateInput>;
  node?: InputMaybe<RoleUpdateInput>;
  where?: InputMaybe<PersonPastRolesConnectionWhere>;
};

export type PersonPastRolesUpdateFieldInput = {
  connect?: InputMaybe<Array<PersonPastRolesConnectFieldInput>>;
  create?: InputMaybe<Array<PersonPastRolesCreateFieldInput>>;
  delete?: InputMaybe<Array<PersonPastRolesDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<PersonPastRolesDisconnectFieldInput>>;
  update?: InputMaybe<PersonPastRolesUpdateConnectionInput>;
};

export type PersonRelationshipFilters = {
  /** Filter type where all of the related People match this filter */
  all?: InputMaybe<PersonWhere>;
  /** Filter type where none of the related People match this filter */
  none?: InputMaybe<PersonWhere>;
  /** Filter type where one of the related People match this filter */
  single?: InputMaybe<PersonWhere>;
  /** Filter type where some of the related People match this filter */
  some?: InputMaybe<PersonWhere>;
};

export type PersonRoleAspiredRolesAggregateSelection = {
  __typename?: 'PersonRoleAspiredRolesAggregateSelection';
  count: CountConnection;
  node?: Maybe<PersonRoleAspiredRolesNodeAggregateSelection>;
};

export type PersonRoleAspiredRolesNodeAggregateSelection = {
  __typename?: 'PersonRoleAspiredRolesNodeAggregateSelection';
  description: StringAggregateSelection;
  escoCode: StringAggregateSelection;
  iscoGroup: StringAggregateSelection;
  jobZone: IntAggregateSelection;
  onetSocCode: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type PersonRolePastRolesAggregateSelection = {
  __typename?: 'PersonRolePastRolesAggregateSelection';
  count: CountConnection;
  node?: Maybe<PersonRolePastRolesNodeAggregateSelection>;
};

export type PersonRolePastRolesNodeAggregateSelection = {
  __typename?: 'PersonRolePastRolesNodeAggregateSelection';
  description: StringAggregateSelection;
  escoCode: StringAggregateSelection;
  iscoGroup: StringAggregateSelection;
  jobZone: IntAggregateSelection;
  onetSocCode: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type PersonSkillSkillsAggregateSelection = {
  __typename?: 'PersonSkillSkillsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<PersonSkillSkillsEdgeAggregateSelection>;
  node?: Maybe<PersonSkillSkillsNodeAggregateSelection>;
};

export type PersonSkillSkillsEdgeAggregateSelection = {
  __typename?: 'PersonSkillSkillsEdgeAggregateSelection';
  assessedAt: DateTimeAggregateSelection;
  confidence: FloatAggregateSelection;
  level: IntAggregateSelection;
  validUntil: DateTimeAggregateSelection;
};

export type PersonSkillSkillsNodeAggregateSelection = {
  __typename?: 'PersonSkillSkillsNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type PersonSkillsConnectFieldInput = {
  connect?: InputMaybe<Array<SkillConnectInput>>;
  edge: SkillEvidenceCreateInput;
  where?: InputMaybe<SkillConnectWhere>;
};

export type PersonSkillsConnection = {
  __typename?: 'PersonSkillsConnection';
  aggregate: PersonSkillSkillsAggregateSelection;
  edges: Array<PersonSkillsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonSkillsConnectionAggregateInput = {
  AND?: InputMaybe<Array<PersonSkillsConnectionAggregateInput>>;
  NOT?: InputMaybe<PersonSkillsConnectionAggregateInput>;
  OR?: InputMaybe<Array<PersonSkillsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<SkillEvidenceAggregationWhereInput>;
  node?: InputMaybe<PersonSkillsNodeAggregationWhereInput>;
};

export type PersonSkillsConnectionFilters = {
  /** Filter People by aggregating results on related PersonSkillsConnections */
  aggregate?: InputMaybe<PersonSkillsConnectionAggregateInput>;
  /** Return People where all of the related PersonSkillsConnections match this filter */
  all?: InputMaybe<PersonSkillsConnectionWhere>;
  /** Return People where none of the related PersonSkillsConnections match this filter */
  none?: InputMaybe<PersonSkillsConnectionWhere>;
  /** Return People where one of the related PersonSkillsConnections match this filter */
  single?: InputMaybe<PersonSkillsConnectionWhere>;
  /** Return People where some of the related PersonSkillsConnections match this filter */
  some?: InputMaybe<PersonSkillsConnectionWhere>;
};

export type PersonSkillsConnectionSort = {
  edge?: InputMaybe<SkillEvidenceSort>;
  node?: InputMaybe<SkillSort>;
};

export type PersonSkillsConnectionWhere = {
  AND?: InputMaybe<Array<PersonSkillsConnectionWhere>>;
  NOT?: InputMaybe<PersonSkillsConnectionWhere>;
  OR?: InputMaybe<Array<PersonSkillsConnectionWhere>>;
  edge?: InputMaybe<SkillEvidenceWhere>;
  node?: InputMaybe<SkillWhere>;
};

export type PersonSkillsCreateFieldInput = {
  edge: SkillEvidenceCreateInput;
  node: SkillCreateInput;
};

export type PersonSkillsDeleteFieldInput = {
  delete?: InputMaybe<SkillDeleteInput>;
  where?: InputMaybe<PersonSkillsConnectionWhere>;
};

export type PersonSkillsDisconnectFieldInput = {
  disconnect?: InputMaybe<SkillDisconnectInput>;
  where?: InputMaybe<PersonSkillsConnectionWhere>;
};

export type PersonSkillsFieldInput = {
  connect?: InputMaybe<Array<PersonSkillsConnectFieldInput>>;
  create?: InputMaybe<Array<PersonSkillsCreateFieldInput>>;
};

export type PersonSkillsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PersonSkillsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PersonSkillsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PersonSkillsNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type PersonSkillsRelationship = {
  __typename?: 'PersonSkillsRelationship';
  cursor: Scalars['String']['output'];
  node: Skill;
  properties: SkillEvidence;
};

export type PersonSkillsUpdateConnectionInput = {
  edge?: InputMaybe<SkillEvidenceUpdateInput>;
  node?: InputMaybe<SkillUpdateInput>;
  where?: InputMaybe<PersonSkillsConnectionWhere>;
};

export type PersonSkillsUpdateFieldInput = {
  connect?: InputMaybe<Array<PersonSkillsConnectFieldInput>>;
  create?: InputMaybe<Array<PersonSkillsCreateFieldInput>>;
  delete?: InputMaybe<Array<PersonSkillsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<PersonSkillsDisconnectFieldInput>>;
  update?: InputMaybe<PersonSkillsUpdateConnectionInput>;
};

/** Fields to sort People by. The order in which sorts are applied is not guaranteed when specifying many fields in one PersonSort object. */
export type PersonSort = {
  availability?: InputMaybe<SortDirection>;
  contactEmail?: InputMaybe<SortDirection>;
  email?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  location?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
};

export type PersonTeamTeamsAggregateSelection = {
  __typename?: 'PersonTeamTeamsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<PersonTeamTeamsEdgeAggregateSelection>;
  node?: Maybe<PersonTeamTeamsNodeAggregateSelection>;
};

export type PersonTeamTeamsEdgeAggregateSelection = {
  __typename?: 'PersonTeamTeamsEdgeAggregateSelection';
  allocation: FloatAggregateSelection;
};

export type PersonTeamTeamsNodeAggregateSelection = {
  __typename?: 'PersonTeamTeamsNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type PersonTeamsConnectFieldInput = {
  connect?: InputMaybe<Array<TeamConnectInput>>;
  edge: TeamMembershipCreateInput;
  where?: InputMaybe<TeamConnectWhere>;
};

export type PersonTeamsConnection = {
  __typename?: 'PersonTeamsConnection';
  aggregate: PersonTeamTeamsAggregateSelection;
  edges: Array<PersonTeamsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonTeamsConnectionAggregateInput = {
  AND?: InputMaybe<Array<PersonTeamsConnectionAggregateInput>>;
  NOT?: InputMaybe<PersonTeamsConnectionAggregateInput>;
  OR?: InputMaybe<Array<PersonTeamsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<TeamMembershipAggregationWhereInput>;
  node?: InputMaybe<PersonTeamsNodeAggregationWhereInput>;
};

export type PersonTeamsConnectionFilters = {
  /** Filter People by aggregating results on related PersonTeamsConnections */
  aggregate?: InputMaybe<PersonTeamsConnectionAggregateInput>;
  /** Return People where all of the related PersonTeamsConnections match this filter */
  all?: InputMaybe<PersonTeamsConnectionWhere>;
  /** Return People where none of the related PersonTeamsConnections match this filter */
  none?: InputMaybe<PersonTeamsConnectionWhere>;
  /** Return People where one of the related PersonTeamsConnections match this filter */
  single?: InputMaybe<PersonTeamsConnectionWhere>;
  /** Return People where some of the related PersonTeamsConnections match this filter */
  some?: InputMaybe<PersonTeamsConnectionWhere>;
};

export type PersonTeamsConnectionSort = {
  edge?: InputMaybe<TeamMembershipSort>;
  node?: InputMaybe<TeamSort>;
};

export type PersonTeamsConnectionWhere = {
  AND?: InputMaybe<Array<PersonTeamsConnectionWhere>>;
  NOT?: InputMaybe<PersonTeamsConnectionWhere>;
  OR?: InputMaybe<Array<PersonTeamsConnectionWhere>>;
  edge?: InputMaybe<TeamMembershipWhere>;
  node?: InputMaybe<TeamWhere>;
};

export type PersonTeamsCreateFieldInput = {
  edge: TeamMembershipCreateInput;
  node: TeamCreateInput;
};

export type PersonTeamsDeleteFieldInput = {
  delete?: InputMaybe<TeamDeleteInput>;
  where?: InputMaybe<PersonTeamsConnectionWhere>;
};

export type PersonTeamsDisconnectFieldInput = {
  disconnect?: InputMaybe<TeamDisconnectInput>;
  where?: InputMaybe<PersonTeamsConnectionWhere>;
};

export type PersonTeamsFieldInput = {
  connect?: InputMaybe<Array<PersonTeamsConnectFieldInput>>;
  create?: InputMaybe<Array<PersonTeamsCreateFieldInput>>;
};

export type PersonTeamsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PersonTeamsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PersonTeamsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PersonTeamsNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type PersonTeamsRelationship = {
  __typename?: 'PersonTeamsRelationship';
  cursor: Scalars['String']['output'];
  node: Team;
  properties: TeamMembership;
};

export type PersonTeamsUpdateConnectionInput = {
  edge?: InputMaybe<TeamMembershipUpdateInput>;
  node?: InputMaybe<TeamUpdateInput>;
  where?: InputMaybe<PersonTeamsConnectionWhere>;
};

export type PersonTeamsUpdateFieldInput = {
  connect?: InputMaybe<Array<PersonTeamsConnectFieldInput>>;
  create?: InputMaybe<Array<PersonTeamsCreateFieldInput>>;
  delete?: InputMaybe<Array<PersonTeamsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<PersonTeamsDisconnectFieldInput>>;
  update?: InputMaybe<PersonTeamsUpdateConnectionInput>;
};

export type PersonUpdateInput = {
  aspiredRoles?: InputMaybe<Array<PersonAspiredRolesUpdateFieldInput>>;
  /** Allowed: a number from 0 to 1. */
  availability?: InputMaybe<FloatScalarMutations>;
  completedCourses?: InputMaybe<Array<PersonCompletedCoursesUpdateFieldInput>>;
  credentials?: InputMaybe<Array<PersonCredentialsUpdateFieldInput>>;
  email?: InputMaybe<EmailAddressScalarMutations>;
  id?: InputMaybe<IdScalarMutations>;
  location?: InputMaybe<StringScalarMutations>;
  name?: InputMaybe<StringScalarMutations>;
  pastRoles?: InputMaybe<Array<PersonPastRolesUpdateFieldInput>>;
  skills?: InputMaybe<Array<PersonSkillsUpdateFieldInput>>;
  teams?: InputMaybe<Array<PersonTeamsUpdateFieldInput>>;
};

export type PersonWhere = {
  AND?: InputMaybe<Array<PersonWhere>>;
  NOT?: InputMaybe<PersonWhere>;
  OR?: InputMaybe<Array<PersonWhere>>;
  aspiredRoles?: InputMaybe<RoleRelationshipFilters>;
  aspiredRolesConnection?: InputMaybe<PersonAspiredRolesConnectionFilters>;
  availability?: InputMaybe<FloatScalarFilters>;
  completedCourses?: InputMaybe<CourseRelationshipFilters>;
  completedCoursesConnection?: InputMaybe<PersonCompletedCoursesConnectionFilters>;
  contactEmail?: InputMaybe<EmailAddressScalarFilters>;
  credentials?: InputMaybe<CredentialRelationshipFilters>;
  credentialsConnection?: InputMaybe<PersonCredentialsConnectionFilters>;
  currentRole?: InputMaybe<RoleWhere>;
  currentRoleConnection?: InputMaybe<PersonCurrentRoleConnectionWhere>;
  email?: InputMaybe<EmailAddressScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  location?: InputMaybe<StringScalarFilters>;
  name?: InputMaybe<StringScalarFilters>;
  orgUnit?: InputMaybe<OrgUnitWhere>;
  orgUnitConnection?: InputMaybe<PersonOrgUnitConnectionWhere>;
  pastRoles?: InputMaybe<RoleRelationshipFilters>;
  pastRolesConnection?: InputMaybe<PersonPastRolesConnectionFilters>;
  skills?: InputMaybe<SkillRelationshipFilters>;
  skillsConnection?: InputMaybe<PersonSkillsConnectionFilters>;
  teams?: InputMaybe<TeamRelationshipFilters>;
  teamsConnection?: InputMaybe<PersonTeamsConnectionFilters>;
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

/** A skill level the plan works towards. */
export type PlanTargetSkill = {
  __typename?: 'PlanTargetSkill';
  currentLevel: Scalars['Int']['output'];
  /** The requirement's importance for a role target; null for a credential target. */
  importance?: Maybe<Importance>;
  requiredLevel: Scalars['Int']['output'];
  skillId: Scalars['ID']['output'];
  skillName: Scalars['String']['output'];
};

/**
 * The edge properties for the following fields:
 * * OrgUnit.positions
 * * Role.staffedIn
 */
export type Position = {
  __typename?: 'Position';
  /** Allowed: a whole number of 0 or more. */
  headcount: Scalars['Int']['output'];
  /** Allowed: a whole number of 0 or more. */
  openings: Scalars['Int']['output'];
};

export type PositionAggregationWhereInput = {
  AND?: InputMaybe<Array<PositionAggregationWhereInput>>;
  NOT?: InputMaybe<PositionAggregationWhereInput>;
  OR?: InputMaybe<Array<PositionAggregationWhereInput>>;
  headcount?: InputMaybe<IntScalarAggregationFilters>;
  openings?: InputMaybe<IntScalarAggregationFilters>;
};

export type PositionCreateInput = {
  /** Allowed: a whole number of 0 or more. */
  headcount: Scalars['Int']['input'];
  /** Allowed: a whole number of 0 or more. */
  openings: Scalars['Int']['input'];
};

export type PositionSort = {
  headcount?: InputMaybe<SortDirection>;
  openings?: InputMaybe<SortDirection>;
};

export type PositionUpdateInput = {
  /** Allowed: a whole number of 0 or more. */
  headcount?: InputMaybe<IntScalarMutations>;
  /** Allowed: a whole number of 0 or more. */
  openings?: InputMaybe<IntScalarMutations>;
};

export type PositionWhere = {
  AND?: InputMaybe<Array<PositionWhere>>;
  NOT?: InputMaybe<PositionWhere>;
  OR?: InputMaybe<Array<PositionWhere>>;
  headcount?: InputMaybe<IntScalarFilters>;
  openings?: InputMaybe<IntScalarFilters>;
};

/** A prerequisite of a step and what meets it. */
export type PrerequisiteMet = {
  __typename?: 'PrerequisiteMet';
  level: Scalars['Int']['output'];
  metBy: Scalars['String']['output'];
  /** The earlier step's course that meets it; null when the person's own evidence does. */
  metByCourseId?: Maybe<Scalars['ID']['output']>;
  skillId: Scalars['ID']['output'];
  skillName: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Admins: a person's access log, as myAccessLog. */
  accessLog: Array<AccessRecord>;
  /**
   * Roles from a role or a person (give exactly one), ranked by a blend of signals (rankBy BLEND, the default:
   * requirement overlap, transition cost, similar descriptions, ISCO group; measured against O*NET's career-changer
   * links) or by transition cost alone (COST), each with its cost, the skills missing, whether observed moves support
   * it and, by BLEND, the signals that ranked it. `first` defaults to 10 and may go up to the number of roles; maxCost
   * (0 to 1) drops costlier roles. From a person, their current role is left out, and with `includeNarrower` (default
   * false) a narrower skill they hold at level L counts for its broader skill at L-1.
   */
  adjacentRoles: AdjacentRoles;
  /**
   * How many people (in an org unit and below, or everywhere) could step into a role now (fit at least minFit, default
   * 0.8), and who. `includeNarrower` (default false, as in every query that judges people) lets a narrower skill held
   * at level L count for its broader skill at L-1.
   */
  benchStrength: BenchStrength;
  /**
   * People ranked by fit for a role (highest first, then id), each with the requirements they meet and the evidence,
   * and the essentials they miss. Only people holding at least one required skill are considered. `first` defaults
   * to 20 (at most 100); pass an edge's cursor as `after` for the next page. `includeNarrower` (default false) lets a
   * narrower skill held at level L count for its broader skill at L-1.
   */
  candidatesForRole: RoleCandidatePage;
  /**
   * The k cheapest role sequences (default 3, at most 10) from a role or person to a target role, with at most
   * maxSteps moves (default 4, at most 6), each step explained. A target out of reach is an answer: reachable false
   * and the closest reachable role. From a person, `includeNarrower` (default false) lets a narrower skill they hold
   * at level L count for its broader skill at L-1.
   */
  careerPaths: CareerPaths;
  /**
   * The smallest team in which each requirement has at least `count` members at or above `minLevel` (ties: higher total
   * fit, then lower allocation), with what each member covers and why, a coverage matrix and what nobody can cover.
   * Exact for small candidate pools within a time budget, greedy with local improvement otherwise. `includeNarrower`
   * (default false) lets a narrower skill held at level L count for its broader skill at L-1.
   */
  composeTeam: ComposedTeam;
  courses: Array<Course>;
  coursesConnection: CoursesConnection;
  /** Anyone who may read the catalogue: the credential element by element against Annex I of the EU Recommendation. */
  credentialCompliance: CredentialCompliance;
  /**
   * Partners: the holders of a credential your organisation awards who chose to be listed to its issuer; the others
   * are only counted. Admins: every holder. `first` defaults to 100 (at most 1000).
   */
  credentialHolders: CredentialHolders;
  /** Employees: credentials issued to your email that wait for you to claim them (claimCredential with offerId). */
  credentialOffers: Array<CredentialOffer>;
  /** Held, expired and missing parts, each rule's state, the share complete and the cheapest plan to finish. */
  credentialProgress: CredentialProgress;
  /** The stack below a credential: every part at any depth, which are mandatory, and the n-of-m rule of each stack. */
  credentialStack: CredentialStack;
  credentials: Array<Credential>;
  credentialsConnection: CredentialsConnection;
  /**
   * Anyone: a credential or a course (name exactly one) as CTDL JSON-LD (Credential Engine's ceterms: terms) for
   * registries; the same document is published at its @id under SKILLGRAPH_PUBLIC_URL (/ctdl/credentials/<id>,
   * /ctdl/courses/<id>).
   */
  ctdl: Scalars['JSONObject']['output'];
  /** Holdings that expire within the window, soonest first, with the stacks they put at risk; first defaults to 100, at most 1000. */
  expiringCredentials: Array<ExpiringHolding>;
  /**
   * The holder (or an admin): one holding as an Open Badges 3.0 credential signed by its issuing organisation, to
   * take to any employer. Nobody else exports a person's credentials.
   */
  exportCredential: ExportedCredential;
  /**
   * The holder (or an admin): a stack credential with the parts its holder holds validly now, as one Open Badges 3.0
   * document signed once (CLR 2.0 style: the parts' credentials in credentialSubject.verifiableCredential, an isPartOf
   * association from each part's achievement to the stack's). For a holding of a credential others stack into.
   */
  exportCredentialStack: ExportedCredential;
  /**
   * Employees: everything held about you, as one machine-readable JSON document (GDPR Articles 15 and 20): your
   * profile and every relationship of yours with its properties (skill evidence with its source and dates, holdings
   * with their issuer, completions, roles, aspirations, unit, teams), each naming the other end, and your access log
   * (accessLog: who read your data, as myAccessLog). Format "skillgraph-person-export/1".
   */
  exportMyData: Scalars['JSONObject']['output'];
  /**
   * Open positions (openings > 0) in the organisation, or in an org unit and below, that a person could grow into,
   * ranked by their fit and then the transition cost, each with the gap. Employees ask for themselves (personId may be
   * left out); planners (for the people of the units they cover) and admins only for people who have not opted out
   * of internal mobility (setSharing inRankings). `first` defaults to 10 (at most 50). `includeNarrower` (default false)
   * lets a narrower skill held at level L count for its broader skill at L-1.
   */
  growthPositions: GrowthPositions;
  /**
   * Partners: what your organisation issued, newest first (admins: name the organisation), optionally of one
   * credential; the recipient only as you named them. `first` defaults to 100 (at most 1000).
   */
  issuedCredentials: Array<IssuedCredential>;
  /**
   * The courses that close a person's gap for a role or a credential at the least total minutes (or cost), in an
   * order that respects every course's prerequisites. Exact (and marked optimal) for small candidate sets, greedy
   * otherwise. `asOf` judges evidence validity at another instant (default: now).
   */
  learningPlan: LearningPlan;
  /** Who you are signed in as: every signed-in audience; anonymous callers get UNAUTHENTICATED. */
  me: Me;
  /**
   * Employees: who read your profile, gap or rankings (people, fitFor, skillGap, learning plans, mobility from you,
   * candidatesForRole, benchStrength, composeTeam, skillSupplyDemand naming you), newest first; your own reads are not
   * recorded. Kept SKILLGRAPH_ACCESS_LOG_DAYS days (default 365). `first` defaults to 50 (at most 500).
   */
  myAccessLog: Array<AccessRecord>;
  /** The credentials the person does not hold that are cheapest to complete (fewest open skills, then least minutes); first defaults to 5. */
  nearestCredentials: Array<CredentialProgress>;
  occupationGroups: Array<OccupationGroup>;
  occupationGroupsConnection: OccupationGroupsConnection;
  orgUnits: Array<OrgUnit>;
  orgUnitsConnection: OrgUnitsConnection;
  organizations: Array<Organization>;
  organizationsConnection: OrganizationsConnection;
  people: Array<Person>;
  peopleConnection: PeopleConnection;
  roles: Array<Role>;
  rolesConnection: RolesConnection;
  /**
   * Skills matching `query`, best match first. LEXICAL (the default) matches every word of the query as a prefix of a
   * name or alternative label (full-text index skill_names); SEMANTIC and HYBRID also find skills by meaning.
   */
  searchSkills: Array<Skill>;
  /**
   * A person's gap for a role: per requirement the effective level, the evidence that produced it, expired evidence
   * and the deficit; totals fit, essential coverage and missing essentials. `includeNarrower` lets a narrower skill
   * held at level L count for its broader skill at L-1. `asOf` judges validity at another instant (default: now).
   */
  skillGap: SkillGapReport;
  skillGroups: Array<SkillGroup>;
  skillGroupsConnection: SkillGroupsConnection;
  /**
   * A course's or a role's skill suggestions (PROPOSED by default; null for all), best first. Admins; partners for the
   * courses their organisation provides. Give exactly one of courseId and roleId.
   */
  skillSuggestions: Array<SkillSuggestion>;
  /**
   * Skill supply against demand in an org unit (and below) or the whole organisation; first defaults to 50 (at most
   * 500). With `includeNarrower` (default false), people holding a narrower skill at level L supply its broader skill
   * at L-1.
   */
  skillSupplyDemand: SkillSupplyDemand;
  skills: Array<Skill>;
  skillsConnection: SkillsConnection;
  /**
   * The skills a text is about (a course description, a job advertisement, a module's outline), best first: exact
   * label phrases, BM25 and sentence-embedding similarity per sentence, fused. Texts of 1 to 20,000 characters;
   * `first` at most 100. Anyone may tag text; the answer holds only catalogue data.
   */
  tagSkills: Array<SkillTag>;
  teams: Array<Team>;
  teamsConnection: TeamsConnection;
  /**
   * Anyone: checks a credential (a VC-JOSE compact JWS) against its issuer's published keys, its validity period, its
   * issuer's status list and the Open Badges 3.0 schema. Trusted issuers: this deployment's organisations and the
   * trust list (SKILLGRAPH_TRUSTED_ISSUERS_FILE), whose status lists are fetched from the issuer's own origin.
   */
  verifyCredential: CredentialVerification;
  /** Employees: your credential holdings (personId omitted or your own); admins: anyone's. */
  wallet: Array<WalletEntry>;
};


export type QueryAccessLogArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  personId: Scalars['ID']['input'];
};


export type QueryAdjacentRolesArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeNarrower?: InputMaybe<Scalars['Boolean']['input']>;
  maxCost?: InputMaybe<Scalars['Float']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  rankBy?: InputMaybe<MobilityRanking>;
  roleId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryBenchStrengthArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  includeNarrower?: InputMaybe<Scalars['Boolean']['input']>;
  minFit?: InputMaybe<Scalars['Float']['input']>;
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  roleId: Scalars['ID']['input'];
};


export type QueryCandidatesForRoleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  filter?: InputMaybe<CandidateFilter>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  includeNarrower?: InputMaybe<Scalars['Boolean']['input']>;
  roleId: Scalars['ID']['input'];
};


export type QueryCareerPathsArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  from: CareerStart;
  includeNarrower?: InputMaybe<Scalars['Boolean']['input']>;
  k?: InputMaybe<Scalars['Int']['input']>;
  maxSteps?: InputMaybe<Scalars['Int']['input']>;
  toRoleId: Scalars['ID']['input'];
};


export type QueryComposeTeamArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  constraints?: InputMaybe<TeamConstraintsInput>;
  includeNarrower?: InputMaybe<Scalars['Boolean']['input']>;
  requirements: Array<TeamRequirementInput>;
};


export type QueryCoursesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CourseSort>>;
  where?: InputMaybe<CourseWhere>;
};


export type QueryCoursesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CourseSort>>;
  where?: InputMaybe<CourseWhere>;
};


export type QueryCredentialComplianceArgs = {
  credentialId: Scalars['ID']['input'];
};


export type QueryCredentialHoldersArgs = {
  credentialId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


export type QueryCredentialProgressArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  credentialId: Scalars['ID']['input'];
  options?: InputMaybe<LearningPlanOptions>;
  personId: Scalars['ID']['input'];
};


export type QueryCredentialStackArgs = {
  credentialId: Scalars['ID']['input'];
};


export type QueryCredentialsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CredentialSort>>;
  where?: InputMaybe<CredentialWhere>;
};


export type QueryCredentialsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CredentialSort>>;
  where?: InputMaybe<CredentialWhere>;
};


export type QueryCtdlArgs = {
  courseId?: InputMaybe<Scalars['ID']['input']>;
  credentialId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryExpiringCredentialsArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  withinDays: Scalars['PositiveInt']['input'];
};


export type QueryExportCredentialArgs = {
  holdingId: Scalars['ID']['input'];
};


export type QueryExportCredentialStackArgs = {
  holdingId: Scalars['ID']['input'];
};


export type QueryGrowthPositionsArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  includeNarrower?: InputMaybe<Scalars['Boolean']['input']>;
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryIssuedCredentialsArgs = {
  credentialId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryLearningPlanArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  options?: InputMaybe<LearningPlanOptions>;
  personId: Scalars['ID']['input'];
  target: LearningTarget;
};


export type QueryMyAccessLogArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


export type QueryNearestCredentialsArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  options?: InputMaybe<LearningPlanOptions>;
  personId: Scalars['ID']['input'];
};


export type QueryOccupationGroupsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OccupationGroupSort>>;
  where?: InputMaybe<OccupationGroupWhere>;
};


export type QueryOccupationGroupsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OccupationGroupSort>>;
  where?: InputMaybe<OccupationGroupWhere>;
};


export type QueryOrgUnitsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrgUnitSort>>;
  where?: InputMaybe<OrgUnitWhere>;
};


export type QueryOrgUnitsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrgUnitSort>>;
  where?: InputMaybe<OrgUnitWhere>;
};


export type QueryOrganizationsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganizationSort>>;
  where?: InputMaybe<OrganizationWhere>;
};


export type QueryOrganizationsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrganizationSort>>;
  where?: InputMaybe<OrganizationWhere>;
};


export type QueryPeopleArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonSort>>;
  where?: InputMaybe<PersonWhere>;
};


export type QueryPeopleConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonSort>>;
  where?: InputMaybe<PersonWhere>;
};


export type QueryRolesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<RoleSort>>;
  where?: InputMaybe<RoleWhere>;
};


export type QueryRolesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<RoleSort>>;
  where?: InputMaybe<RoleWhere>;
};


export type QuerySearchSkillsArgs = {
  first?: Scalars['PositiveInt']['input'];
  mode?: SkillSearchMode;
  query: Scalars['SearchText']['input'];
  taxonomy?: InputMaybe<Taxonomy>;
};


export type QuerySkillGapArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  includeNarrower?: InputMaybe<Scalars['Boolean']['input']>;
  personId: Scalars['ID']['input'];
  roleId: Scalars['ID']['input'];
};


export type QuerySkillGroupsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SkillGroupSort>>;
  where?: InputMaybe<SkillGroupWhere>;
};


export type QuerySkillGroupsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SkillGroupSort>>;
  where?: InputMaybe<SkillGroupWhere>;
};


export type QuerySkillSuggestionsArgs = {
  courseId?: InputMaybe<Scalars['ID']['input']>;
  roleId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<SuggestionStatus>;
};


export type QuerySkillSupplyDemandArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  includeNarrower?: InputMaybe<Scalars['Boolean']['input']>;
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySkillsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SkillSort>>;
  where?: InputMaybe<SkillWhere>;
};


export type QuerySkillsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SkillSort>>;
  where?: InputMaybe<SkillWhere>;
};


export type QueryTagSkillsArgs = {
  first?: Scalars['PositiveInt']['input'];
  taxonomy?: InputMaybe<Taxonomy>;
  text: Scalars['String']['input'];
};


export type QueryTeamsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TeamSort>>;
  where?: InputMaybe<TeamWhere>;
};


export type QueryTeamsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TeamSort>>;
  where?: InputMaybe<TeamWhere>;
};


export type QueryVerifyCredentialArgs = {
  credential: Scalars['String']['input'];
};


export type QueryWalletArgs = {
  personId?: InputMaybe<Scalars['ID']['input']>;
};

export type RankingSignal = {
  __typename?: 'RankingSignal';
  /** Its part of the score: weight x (value - mean over the roles ranked) / their standard deviation. */
  contribution: Scalars['Float']['output'];
  signal: MobilitySignal;
  value: Scalars['Float']['output'];
  /** The signal's weight. */
  weight: Scalars['Float']['output'];
};

export type RankingSignalWeight = {
  __typename?: 'RankingSignalWeight';
  signal: MobilitySignal;
  weight: Scalars['Float']['output'];
};

export type RecipientKind =
  | 'EMAIL'
  | 'EXTERNAL_ID'
  /** Issued with issueCredential to one of your learners, by person id. */
  | 'PERSON_ID';

/**
 * The edge properties for the following fields:
 * * Role.requires
 * * Skill.requiredBy
 */
export type Requirement = {
  __typename?: 'Requirement';
  /** O*NET Technology Skills: the example products named for this occupation. */
  examples?: Maybe<Array<Scalars['String']['output']>>;
  /** O*NET Technology Skills: a hot technology for this occupation. */
  hotTechnology?: Maybe<Scalars['Boolean']['output']>;
  importance: Importance;
  /** O*NET Technology Skills: in demand for this occupation. */
  inDemand?: Maybe<Scalars['Boolean']['output']>;
  /** Allowed: a whole number from 1 to 5. */
  level: Scalars['Int']['output'];
  /**
   * O*NET's raw importance (IM scale 1-5), when imported from O*NET.
   * Allowed: a number from 1 to 5.
   */
  onetImportance?: Maybe<Scalars['Float']['output']>;
  /**
   * O*NET's raw level (LV scale 0-7), when imported from O*NET.
   * Allowed: a number from 0 to 7.
   */
  onetLevel?: Maybe<Scalars['Float']['output']>;
};

export type RequirementAggregationWhereInput = {
  AND?: InputMaybe<Array<RequirementAggregationWhereInput>>;
  NOT?: InputMaybe<RequirementAggregationWhereInput>;
  OR?: InputMaybe<Array<RequirementAggregationWhereInput>>;
  level?: InputMaybe<IntScalarAggregationFilters>;
  onetImportance?: InputMaybe<FloatScalarAggregationFilters>;
  onetLevel?: InputMaybe<FloatScalarAggregationFilters>;
};

/** One row of the coverage matrix: who covers a requirement. */
export type RequirementCoverage = {
  __typename?: 'RequirementCoverage';
  /** How many people in scope hold the skill at the level (capped at count). */
  available: Scalars['Int']['output'];
  count: Scalars['Int']['output'];
  coveredBy: Array<Scalars['ID']['output']>;
  met: Scalars['Boolean']['output'];
  minLevel: Scalars['Int']['output'];
  skillId: Scalars['ID']['output'];
  skillName: Scalars['String']['output'];
};

export type RequirementCreateInput = {
  examples?: InputMaybe<Array<Scalars['String']['input']>>;
  hotTechnology?: InputMaybe<Scalars['Boolean']['input']>;
  importance: Importance;
  inDemand?: InputMaybe<Scalars['Boolean']['input']>;
  /** Allowed: a whole number from 1 to 5. */
  level: Scalars['Int']['input'];
  /** Allowed: a number from 1 to 5. */
  onetImportance?: InputMaybe<Scalars['Float']['input']>;
  /** Allowed: a number from 0 to 7. */
  onetLevel?: InputMaybe<Scalars['Float']['input']>;
};

export type RequirementSort = {
  examples?: InputMaybe<SortDirection>;
  hotTechnology?: InputMaybe<SortDirection>;
  importance?: InputMaybe<SortDirection>;
  inDemand?: InputMaybe<SortDirection>;
  level?: InputMaybe<SortDirection>;
  onetImportance?: InputMaybe<SortDirection>;
  onetLevel?: InputMaybe<SortDirection>;
};

export type RequirementUpdateInput = {
  examples?: InputMaybe<ListStringMutations>;
  hotTechnology?: InputMaybe<BooleanScalarMutations>;
  importance?: InputMaybe<ImportanceEnumScalarMutations>;
  inDemand?: InputMaybe<BooleanScalarMutations>;
  /** Allowed: a whole number from 1 to 5. */
  level?: InputMaybe<IntScalarMutations>;
  /** Allowed: a number from 1 to 5. */
  onetImportance?: InputMaybe<FloatScalarMutations>;
  /** Allowed: a number from 0 to 7. */
  onetLevel?: InputMaybe<FloatScalarMutations>;
};

export type RequirementWhere = {
  AND?: InputMaybe<Array<RequirementWhere>>;
  NOT?: InputMaybe<RequirementWhere>;
  OR?: InputMaybe<Array<RequirementWhere>>;
  examples?: InputMaybe<StringListFilters>;
  hotTechnology?: InputMaybe<BooleanScalarFilters>;
  importance?: InputMaybe<ImportanceEnumScalarFilters>;
  inDemand?: InputMaybe<BooleanScalarFilters>;
  level?: InputMaybe<IntScalarFilters>;
  onetImportance?: InputMaybe<FloatScalarFilters>;
  onetLevel?: InputMaybe<FloatScalarFilters>;
};

/** ESCO reuse level: how widely a skill applies. */
export type ReuseLevel =
  | 'CROSS_SECTOR'
  | 'OCCUPATION_SPECIFIC'
  | 'SECTOR_SPECIFIC'
  | 'TRANSVERSAL';

/** ReuseLevel filters */
export type ReuseLevelEnumScalarFilters = {
  eq?: InputMaybe<ReuseLevel>;
  in?: InputMaybe<Array<ReuseLevel>>;
};

/** ReuseLevel mutations */
export type ReuseLevelEnumScalarMutations = {
  set?: InputMaybe<ReuseLevel>;
};

/** A revocation as written; the issuer learns nothing more about the holder. */
export type RevocationReceipt = {
  __typename?: 'RevocationReceipt';
  /** True when the holding was revoked before: nothing changed. */
  alreadyRevoked: Scalars['Boolean']['output'];
  credentialId: Scalars['ID']['output'];
  holdingId: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  revokedAt: Scalars['DateTime']['output'];
};

/** A job role or occupation, with the skills it requires. */
export type Role = {
  __typename?: 'Role';
  altTitles: Array<Scalars['String']['output']>;
  aspiredBy: Array<Person>;
  aspiredByConnection: RoleAspiredByConnection;
  /** ISCO-08 groups above the role in ESCO's occupation pillar. */
  broaderGroups: Array<OccupationGroup>;
  broaderGroupsConnection: RoleBroaderGroupsConnection;
  broaderRoles: Array<Role>;
  broaderRolesConnection: RoleBroaderRolesConnection;
  description?: Maybe<Scalars['String']['output']>;
  equivalentOf: Array<Role>;
  equivalentOfConnection: RoleEquivalentOfConnection;
  /** Equivalent occupations in another taxonomy (ESCO to O*NET through the Nesta crosswalk). */
  equivalentRoles: Array<Role>;
  equivalentRolesConnection: RoleEquivalentRolesConnection;
  escoCode?: Maybe<Scalars['String']['output']>;
  holders: Array<Person>;
  holdersConnection: RoleHoldersConnection;
  id: Scalars['ID']['output'];
  iscoGroup?: Maybe<Scalars['String']['output']>;
  /** Allowed: a whole number from 1 to 5. */
  jobZone?: Maybe<Scalars['Int']['output']>;
  narrowerRoles: Array<Role>;
  narrowerRolesConnection: RoleNarrowerRolesConnection;
  onetSocCode?: Maybe<Scalars['String']['output']>;
  pastHolders: Array<Person>;
  pastHoldersConnection: RolePastHoldersConnection;
  requires: Array<Skill>;
  requiresConnection: RoleRequiresConnection;
  staffedIn: Array<OrgUnit>;
  staffedInConnection: RoleStaffedInConnection;
  /** Collections the occupation belongs to (ESCO's research occupations...). */
  tags: Array<Scalars['String']['output']>;
  taxonomy: Taxonomy;
  title: Scalars['String']['output'];
  uri?: Maybe<Scalars['URL']['output']>;
};


/** A job role or occupation, with the skills it requires. */
export type RoleAspiredByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonSort>>;
  where?: InputMaybe<PersonWhere>;
};


/** A job role or occupation, with the skills it requires. */
export type RoleAspiredByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<RoleAspiredByConnectionSort>>;
  where?: InputMaybe<RoleAspiredByConnectionWhere>;
};


/** A job role or occupation, with the skills it requires. */
export type RoleBroaderGroupsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OccupationGroupSort>>;
  where?: InputMaybe<OccupationGroupWhere>;
};


/** A job role or occupation, with the skills it requires. */
export type RoleBroaderGroupsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<RoleBroaderGroupsConnectionSort>>;
  where?: InputMaybe<RoleBroaderGroupsConnectionWhere>;
};


/** A job role or occupation, with the skills it requires. */
export type RoleBroaderRolesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<RoleSort>>;
  where?: InputMaybe<RoleWhere>;
};


/** A job role or occupation, with the skills it requires. */
export type RoleBroaderRolesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<RoleBroaderRolesConnectionSort>>;
  where?: InputMaybe<RoleBroaderRolesConnectionWhere>;
};


/** A job role or occupation, with the skills it requires. */
export type RoleEquivalentOfArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<RoleSort>>;
  where?: InputMaybe<RoleWhere>;
};


/** A job role or occupation, with the skills it requires. */
export type RoleEquivalentOfConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<RoleEquivalentOfConnectionSort>>;
  where?: InputMaybe<RoleEquivalentOfConnectionWhere>;
};


/** A job role or occupation, with the skills it requires. */
export type RoleEquivalentRolesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<RoleSort>>;
  where?: InputMaybe<RoleWhere>;
};


/** A job role or occupation, with the skills it requires. */
export type RoleEquivalentRolesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<RoleEquivalentRolesConnectionSort>>;
  where?: InputMaybe<RoleEquivalentRolesConnectionWhere>;
};


/** A job role or occupation, with the skills it requires. */
export type RoleHoldersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonSort>>;
  where?: InputMaybe<PersonWhere>;
};


/** A job role or occupation, with the skills it requires. */
export type RoleHoldersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<RoleHoldersConnectionSort>>;
  where?: InputMaybe<RoleHoldersConnectionWhere>;
};


/** A job role or occupation, with the skills it requires. */
export type RoleNarrowerRolesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<RoleSort>>;
  where?: InputMaybe<RoleWhere>;
};


/** A job role or occupation, with the skills it requires. */
export type RoleNarrowerRolesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<RoleNarrowerRolesConnectionSort>>;
  where?: InputMaybe<RoleNarrowerRolesConnectionWhere>;
};


/** A job role or occupation, with the skills it requires. */
export type RolePastHoldersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonSort>>;
  where?: InputMaybe<PersonWhere>;
};


/** A job role or occupation, with the skills it requires. */
export type RolePastHoldersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<RolePastHoldersConnectionSort>>;
  where?: InputMaybe<RolePastHoldersConnectionWhere>;
};


/** A job role or occupation, with the skills it requires. */
export type RoleRequiresArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SkillSort>>;
  where?: InputMaybe<SkillWhere>;
};


/** A job role or occupation, with the skills it requires. */
export type RoleRequiresConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<RoleRequiresConnectionSort>>;
  where?: InputMaybe<RoleRequiresConnectionWhere>;
};


/** A job role or occupation, with the skills it requires. */
export type RoleStaffedInArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<OrgUnitSort>>;
  where?: InputMaybe<OrgUnitWhere>;
};


/** A job role or occupation, with the skills it requires. */
export type RoleStaffedInConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<RoleStaffedInConnectionSort>>;
  where?: InputMaybe<RoleStaffedInConnectionWhere>;
};

export type RoleAggregate = {
  __typename?: 'RoleAggregate';
  count: Count;
  node: RoleAggregateNode;
};

export type RoleAggregateNode = {
  __typename?: 'RoleAggregateNode';
  description: StringAggregateSelection;
  escoCode: StringAggregateSelection;
  iscoGroup: StringAggregateSelection;
  jobZone: IntAggregateSelection;
  onetSocCode: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type RoleAspiredByConnectFieldInput = {
  connect?: InputMaybe<Array<PersonConnectInput>>;
  where?: InputMaybe<PersonConnectWhere>;
};

export type RoleAspiredByConnection = {
  __typename?: 'RoleAspiredByConnection';
  aggregate: RolePersonAspiredByAggregateSelection;
  edges: Array<RoleAspiredByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RoleAspiredByConnectionAggregateInput = {
  AND?: InputMaybe<Array<RoleAspiredByConnectionAggregateInput>>;
  NOT?: InputMaybe<RoleAspiredByConnectionAggregateInput>;
  OR?: InputMaybe<Array<RoleAspiredByConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<RoleAspiredByNodeAggregationWhereInput>;
};

export type RoleAspiredByConnectionFilters = {
  /** Filter Roles by aggregating results on related RoleAspiredByConnections */
  aggregate?: InputMaybe<RoleAspiredByConnectionAggregateInput>;
  /** Return Roles where all of the related RoleAspiredByConnections match this filter */
  all?: InputMaybe<RoleAspiredByConnectionWhere>;
  /** Return Roles where none of the related RoleAspiredByConnections match this filter */
  none?: InputMaybe<RoleAspiredByConnectionWhere>;
  /** Return Roles where one of the related RoleAspiredByConnections match this filter */
  single?: InputMaybe<RoleAspiredByConnectionWhere>;
  /** Return Roles where some of the related RoleAspiredByConnections match this filter */
  some?: InputMaybe<RoleAspiredByConnectionWhere>;
};

export type RoleAspiredByConnectionSort = {
  node?: InputMaybe<PersonSort>;
};

export type RoleAspiredByConnectionWhere = {
  AND?: InputMaybe<Array<RoleAspiredByConnectionWhere>>;
  NOT?: InputMaybe<RoleAspiredByConnectionWhere>;
  OR?: InputMaybe<Array<RoleAspiredByConnectionWhere>>;
  node?: InputMaybe<PersonWhere>;
};

export type RoleAspiredByCreateFieldInput = {
  node: PersonCreateInput;
};

export type RoleAspiredByDeleteFieldInput = {
  delete?: InputMaybe<PersonDeleteInput>;
  where?: InputMaybe<RoleAspiredByConnectionWhere>;
};

export type RoleAspiredByDisconnectFieldInput = {
  disconnect?: InputMaybe<PersonDisconnectInput>;
  where?: InputMaybe<RoleAspiredByConnectionWhere>;
};

export type RoleAspiredByFieldInput = {
  connect?: InputMaybe<Array<RoleAspiredByConnectFieldInput>>;
  create?: InputMaybe<Array<RoleAspiredByCreateFieldInput>>;
};

export type RoleAspiredByNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<RoleAspiredByNodeAggregationWhereInput>>;
  NOT?: InputMaybe<RoleAspiredByNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<RoleAspiredByNodeAggregationWhereInput>>;
  availability?: InputMaybe<FloatScalarAggregationFilters>;
  location?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type RoleAspiredByRelationship = {
  __typename?: 'RoleAspiredByRelationship';
  cursor: Scalars['String']['output'];
  node: Person;
};

export type RoleAspiredByUpdateConnectionInput = {
  node?: InputMaybe<PersonUpdateInput>;
  where?: InputMaybe<RoleAspiredByConnectionWhere>;
};

export type RoleAspiredByUpdateFieldInput = {
  connect?: InputMaybe<Array<RoleAspiredByConnectFieldInput>>;
  create?: InputMaybe<Array<RoleAspiredByCreateFieldInput>>;
  delete?: InputMaybe<Array<RoleAspiredByDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<RoleAspiredByDisconnectFieldInput>>;
  update?: InputMaybe<RoleAspiredByUpdateConnectionInput>;
};

export type RoleBroaderGroupsConnectFieldInput = {
  connect?: InputMaybe<Array<OccupationGroupConnectInput>>;
  where?: InputMaybe<OccupationGroupConnectWhere>;
};

export type RoleBroaderGroupsConnection = {
  __typename?: 'RoleBroaderGroupsConnection';
  aggregate: RoleOccupationGroupBroaderGroupsAggregateSelection;
  edges: Array<RoleBroaderGroupsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RoleBroaderGroupsConnectionAggregateInput = {
  AND?: InputMaybe<Array<RoleBroaderGroupsConnectionAggregateInput>>;
  NOT?: InputMaybe<RoleBroaderGroupsConnectionAggregateInput>;
  OR?: InputMaybe<Array<RoleBroaderGroupsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<RoleBroaderGroupsNodeAggregationWhereInput>;
};

export type RoleBroaderGroupsConnectionFilters = {
  /** Filter Roles by aggregating results on related RoleBroaderGroupsConnections */
  aggregate?: InputMaybe<RoleBroaderGroupsConnectionAggregateInput>;
  /** Return Roles where all of the related RoleBroaderGroupsConnections match this filter */
  all?: InputMaybe<RoleBroaderGroupsConnectionWhere>;
  /** Return Roles where none of the related RoleBroaderGroupsConnections match this filter */
  none?: InputMaybe<RoleBroaderGroupsConnectionWhere>;
  /** Return Roles where one of the related RoleBroaderGroupsConnections match this filter */
  single?: InputMaybe<RoleBroaderGroupsConnectionWhere>;
  /** Return Roles where some of the related RoleBroaderGroupsConnections match this filter */
  some?: InputMaybe<RoleBroaderGroupsConnectionWhere>;
};

export type RoleBroaderGroupsConnectionSort = {
  node?: InputMaybe<OccupationGroupSort>;
};

export type RoleBroaderGroupsConnectionWhere = {
  AND?: InputMaybe<Array<RoleBroaderGroupsConnectionWhere>>;
  NOT?: InputMaybe<RoleBroaderGroupsConnectionWhere>;
  OR?: InputMaybe<Array<RoleBroaderGroupsConnectionWhere>>;
  node?: InputMaybe<OccupationGroupWhere>;
};

export type RoleBroaderGroupsCreateFieldInput = {
  node: OccupationGroupCreateInput;
};

export type RoleBroaderGroupsDeleteFieldInput = {
  delete?: InputMaybe<OccupationGroupDeleteInput>;
  where?: InputMaybe<RoleBroaderGroupsConnectionWhere>;
};

export type RoleBroaderGroupsDisconnectFieldInput = {
  disconnect?: InputMaybe<OccupationGroupDisconnectInput>;
  where?: InputMaybe<RoleBroaderGroupsConnectionWhere>;
};

export type RoleBroaderGroupsFieldInput = {
  connect?: InputMaybe<Array<RoleBroaderGroupsConnectFieldInput>>;
  create?: InputMaybe<Array<RoleBroaderGroupsCreateFieldInput>>;
};

export type RoleBroaderGroupsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<RoleBroaderGroupsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<RoleBroaderGroupsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<RoleBroaderGroupsNodeAggregationWhereInput>>;
  code?: InputMaybe<StringScalarAggregationFilters>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type RoleBroaderGroupsRelationship = {
  __typename?: 'RoleBroaderGroupsRelationship';
  cursor: Scalars['String']['output'];
  node: OccupationGroup;
};

export type RoleBroaderGroupsUpdateConnectionInput = {
  node?: InputMaybe<OccupationGroupUpdateInput>;
  where?: InputMaybe<RoleBroaderGroupsConnectionWhere>;
};

export type RoleBroaderGroupsUpdateFieldInput = {
  connect?: InputMaybe<Array<RoleBroaderGroupsConnectFieldInput>>;
  create?: InputMaybe<Array<RoleBroaderGroupsCreateFieldInput>>;
  delete?: InputMaybe<Array<RoleBroaderGroupsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<RoleBroaderGroupsDisconnectFieldInput>>;
  update?: InputMaybe<RoleBroaderGroupsUpdateConnectionInput>;
};

export type RoleBroaderRolesConnectFieldInput = {
  connect?: InputMaybe<Array<RoleConnectInput>>;
  where?: InputMaybe<RoleConnectWhere>;
};

export type RoleBroaderRolesConnection = {
  __typename?: 'RoleBroaderRolesConnection';
  aggregate: RoleRoleBroaderRolesAggregateSelection;
  edges: Array<RoleBroaderRolesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RoleBroaderRolesConnectionAggregateInput = {
  AND?: InputMaybe<Array<RoleBroaderRolesConnectionAggregateInput>>;
  NOT?: InputMaybe<RoleBroaderRolesConnectionAggregateInput>;
  OR?: InputMaybe<Array<RoleBroaderRolesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<RoleBroaderRolesNodeAggregationWhereInput>;
};

export type RoleBroaderRolesConnectionFilters = {
  /** Filter Roles by aggregating results on related RoleBroaderRolesConnections */
  aggregate?: InputMaybe<RoleBroaderRolesConnectionAggregateInput>;
  /** Return Roles where all of the related RoleBroaderRolesConnections match this filter */
  all?: InputMaybe<RoleBroaderRolesConnectionWhere>;
  /** Return Roles where none of the related RoleBroaderRolesConnections match this filter */
  none?: InputMaybe<RoleBroaderRolesConnectionWhere>;
  /** Return Roles where one of the related RoleBroaderRolesConnections match this filter */
  single?: InputMaybe<RoleBroaderRolesConnectionWhere>;
  /** Return Roles where some of the related RoleBroaderRolesConnections match this filter */
  some?: InputMaybe<RoleBroaderRolesConnectionWhere>;
};

export type RoleBroaderRolesConnectionSort = {
  node?: InputMaybe<RoleSort>;
};

export type RoleBroaderRolesConnectionWhere = {
  AND?: InputMaybe<Array<RoleBroaderRolesConnectionWhere>>;
  NOT?: InputMaybe<RoleBroaderRolesConnectionWhere>;
  OR?: InputMaybe<Array<RoleBroaderRolesConnectionWhere>>;
  node?: InputMaybe<RoleWhere>;
};

export type RoleBroaderRolesCreateFieldInput = {
  node: RoleCreateInput;
};

export type RoleBroaderRolesDeleteFieldInput = {
  delete?: InputMaybe<RoleDeleteInput>;
  where?: InputMaybe<RoleBroaderRolesConnectionWhere>;
};

export type RoleBroaderRolesDisconnectFieldInput = {
  disconnect?: InputMaybe<RoleDisconnectInput>;
  where?: InputMaybe<RoleBroaderRolesConnectionWhere>;
};

export type RoleBroaderRolesFieldInput = {
  connect?: InputMaybe<Array<RoleBroaderRolesConnectFieldInput>>;
  create?: InputMaybe<Array<RoleBroaderRolesCreateFieldInput>>;
};

export type RoleBroaderRolesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<RoleBroaderRolesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<RoleBroaderRolesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<RoleBroaderRolesNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  escoCode?: InputMaybe<StringScalarAggregationFilters>;
  iscoGroup?: InputMaybe<StringScalarAggregationFilters>;
  jobZone?: InputMaybe<IntScalarAggregationFilters>;
  onetSocCode?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type RoleBroaderRolesRelationship = {
  __typename?: 'RoleBroaderRolesRelationship';
  cursor: Scalars['String']['output'];
  node: Role;
};

export type RoleBroaderRolesUpdateConnectionInput = {
  node?: InputMaybe<RoleUpdateInput>;
  where?: InputMaybe<RoleBroaderRolesConnectionWhere>;
};

export type RoleBroaderRolesUpdateFieldInput = {
  connect?: InputMaybe<Array<RoleBroaderRolesConnectFieldInput>>;
  create?: InputMaybe<Array<RoleBroaderRolesCreateFieldInput>>;
  delete?: InputMaybe<Array<RoleBroaderRolesDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<RoleBroaderRolesDisconnectFieldInput>>;
  update?: InputMaybe<RoleBroaderRolesUpdateConnectionInput>;
};

/** A person ranked for a role, and why: the requirements they meet (with evidence) and the essentials they miss. */
export type RoleCandidate = {
  __typename?: 'RoleCandidate';
  availability: Scalars['Float']['output'];
  essentialCoverage: Scalars['Float']['output'];
  explanation: Scalars['String']['output'];
  fit: Scalars['Float']['output'];
  location?: Maybe<Scalars['String']['output']>;
  /** Requirements the person has any valid level in, essential first. */
  matched: Array<SkillGapRow>;
  /** Essential requirements not fully met. */
  missing: Array<SkillGapRow>;
  missingEssentials: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  orgUnitName?: Maybe<Scalars['String']['output']>;
  personId: Scalars['ID']['output'];
  /** The full gap report, as Query.skillGap gives it. */
  report: SkillGapReport;
};

export type RoleCandidateEdge = {
  __typename?: 'RoleCandidateEdge';
  cursor: Scalars['String']['output'];
  node: RoleCandidate;
};

export type RoleCandidatePage = {
  __typename?: 'RoleCandidatePage';
  /** People ranked for this page: everyone in the filter who holds a required skill with valid evidence. */
  candidatesRead: Scalars['Int']['output'];
  /** False only when the database's judgement of the page still disagreed with the workforce index after a rebuild (a write landed in between). */
  complete: Scalars['Boolean']['output'];
  edges: Array<RoleCandidateEdge>;
  /** Whether narrower skills counted for their broader skills one level down (the request's includeNarrower). */
  includeNarrower: Scalars['Boolean']['output'];
  pageInfo: CandidatePageInfo;
  roleId: Scalars['ID']['output'];
  roleTitle: Scalars['String']['output'];
};

export type RoleConnectInput = {
  aspiredBy?: InputMaybe<Array<RoleAspiredByConnectFieldInput>>;
  broaderGroups?: InputMaybe<Array<RoleBroaderGroupsConnectFieldInput>>;
  broaderRoles?: InputMaybe<Array<RoleBroaderRolesConnectFieldInput>>;
  equivalentOf?: InputMaybe<Array<RoleEquivalentOfConnectFieldInput>>;
  equivalentRoles?: InputMaybe<Array<RoleEquivalentRolesConnectFieldInput>>;
  holders?: InputMaybe<Array<RoleHoldersConnectFieldInput>>;
  narrowerRoles?: InputMaybe<Array<RoleNarrowerRolesConnectFieldInput>>;
  pastHolders?: InputMaybe<Array<RolePastHoldersConnectFieldInput>>;
  requires?: InputMaybe<Array<RoleRequiresConnectFieldInput>>;
  staffedIn?: InputMaybe<Array<RoleStaffedInConnectFieldInput>>;
};

export type RoleConnectWhere = {
  node: RoleWhere;
};

export type RoleCreateInput = {
  altTitles?: Array<Scalars['String']['input']>;
  aspiredBy?: InputMaybe<RoleAspiredByFieldInput>;
  broaderGroups?: InputMaybe<RoleBroaderGroupsFieldInput>;
  broaderRoles?: InputMaybe<RoleBroaderRolesFieldInput>;
  description?: InputMaybe<Scalars['String']['input']>;
  equivalentOf?: InputMaybe<RoleEquivalentOfFieldInput>;
  equivalentRoles?: InputMaybe<RoleEquivalentRolesFieldInput>;
  escoCode?: InputMaybe<Scalars['String']['input']>;
  holders?: InputMaybe<RoleHoldersFieldInput>;
  id: Scalars['ID']['input'];
  iscoGroup?: InputMaybe<Scalars['String']['input']>;
  /** Allowed: a whole number from 1 to 5. */
  jobZone?: InputMaybe<Scalars['Int']['input']>;
  narrowerRoles?: InputMaybe<RoleNarrowerRolesFieldInput>;
  onetSocCode?: InputMaybe<Scalars['String']['input']>;
  pastHolders?: InputMaybe<RolePastHoldersFieldInput>;
  requires?: InputMaybe<RoleRequiresFieldInput>;
  staffedIn?: InputMaybe<RoleStaffedInFieldInput>;
  tags?: Array<Scalars['String']['input']>;
  taxonomy: Taxonomy;
  title: Scalars['String']['input'];
  uri?: InputMaybe<Scalars['URL']['input']>;
};

export type RoleDeleteInput = {
  aspiredBy?: InputMaybe<Array<RoleAspiredByDeleteFieldInput>>;
  broaderGroups?: InputMaybe<Array<RoleBroaderGroupsDeleteFieldInput>>;
  broaderRoles?: InputMaybe<Array<RoleBroaderRolesDeleteFieldInput>>;
  equivalentOf?: InputMaybe<Array<RoleEquivalentOfDeleteFieldInput>>;
  equivalentRoles?: InputMaybe<Array<RoleEquivalentRolesDeleteFieldInput>>;
  holders?: InputMaybe<Array<RoleHoldersDeleteFieldInput>>;
  narrowerRoles?: InputMaybe<Array<RoleNarrowerRolesDeleteFieldInput>>;
  pastHolders?: InputMaybe<Array<RolePastHoldersDeleteFieldInput>>;
  requires?: InputMaybe<Array<RoleRequiresDeleteFieldInput>>;
  staffedIn?: InputMaybe<Array<RoleStaffedInDeleteFieldInput>>;
};

export type RoleDisconnectInput = {
  aspiredBy?: InputMaybe<Array<RoleAspiredByDisconnectFieldInput>>;
  broaderGroups?: InputMaybe<Array<RoleBroaderGroupsDisconnectFieldInput>>;
  broaderRoles?: InputMaybe<Array<RoleBroaderRolesDisconnectFieldInput>>;
  equivalentOf?: InputMaybe<Array<RoleEquivalentOfDisconnectFieldInput>>;
  equivalentRoles?: InputMaybe<Array<RoleEquivalentRolesDisconnectFieldInput>>;
  holders?: InputMaybe<Array<RoleHoldersDisconnectFieldInput>>;
  narrowerRoles?: InputMaybe<Array<RoleNarrowerRolesDisconnectFieldInput>>;
  pastHolders?: InputMaybe<Array<RolePastHoldersDisconnectFieldInput>>;
  requires?: InputMaybe<Array<RoleRequiresDisconnectFieldInput>>;
  staffedIn?: InputMaybe<Array<RoleStaffedInDisconnectFieldInput>>;
};

export type RoleEdge = {
  __typename?: 'RoleEdge';
  cursor: Scalars['String']['output'];
  node: Role;
};

export type RoleEquivalentOfConnectFieldInput = {
  connect?: InputMaybe<Array<RoleConnectInput>>;
  edge: CrosswalkCreateInput;
  where?: InputMaybe<RoleConnectWhere>;
};

export type RoleEquivalentOfConnection = {
  __typename?: 'RoleEquivalentOfConnection';
  aggregate: RoleRoleEquivalentOfAggregateSelection;
  edges: Array<RoleEquivalentOfRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RoleEquivalentOfConnectionAggregateInput = {
  AND?: InputMaybe<Array<RoleEquivalentOfConnectionAggregateInput>>;
  NOT?: InputMaybe<RoleEquivalentOfConnectionAggregateInput>;
  OR?: InputMaybe<Array<RoleEquivalentOfConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<CrosswalkAggregationWhereInput>;
  node?: InputMaybe<RoleEquivalentOfNodeAggregationWhereInput>;
};

export type RoleEquivalentOfConnectionFilters = {
  /** Filter Roles by aggregating results on related RoleEquivalentOfConnections */
  aggregate?: InputMaybe<RoleEquivalentOfConnectionAggregateInput>;
  /** Return Roles where all of the related RoleEquivalentOfConnections match this filter */
  all?: InputMaybe<RoleEquivalentOfConnectionWhere>;
  /** Return Roles where none of the related RoleEquivalentOfConnections match this filter */
  none?: InputMaybe<RoleEquivalentOfConnectionWhere>;
  /** Return Roles where one of the related RoleEquivalentOfConnections match this filter */
  single?: InputMaybe<RoleEquivalentOfConnectionWhere>;
  /** Return Roles where some of the related RoleEquivalentOfConnections match this filter */
  some?: InputMaybe<RoleEquivalentOfConnectionWhere>;
};

export type RoleEquivalentOfConnectionSort = {
  edge?: InputMaybe<CrosswalkSort>;
  node?: InputMaybe<RoleSort>;
};

export type RoleEquivalentOfConnectionWhere = {
  AND?: InputMaybe<Array<RoleEquivalentOfConnectionWhere>>;
  NOT?: InputMaybe<RoleEquivalentOfConnectionWhere>;
  OR?: InputMaybe<Array<RoleEquivalentOfConnectionWhere>>;
  edge?: InputMaybe<CrosswalkWhere>;
  node?: InputMaybe<RoleWhere>;
};

export type RoleEquivalentOfCreateFieldInput = {
  edge: CrosswalkCreateInput;
  node: RoleCreateInput;
};

export type RoleEquivalentOfDeleteFieldInput = {
  delete?: InputMaybe<RoleDeleteInput>;
  where?: InputMaybe<RoleEquivalentOfConnectionWhere>;
};

export type RoleEquivalentOfDisconnectFieldInput = {
  disconnect?: InputMaybe<RoleDisconnectInput>;
  where?: InputMaybe<RoleEquivalentOfConnectionWhere>;
};

export type RoleEquivalentOfFieldInput = {
  connect?: InputMaybe<Array<RoleEquivalentOfConnectFieldInput>>;
  create?: InputMaybe<Array<RoleEquivalentOfCreateFieldInput>>;
};

export type RoleEquivalentOfNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<RoleEquivalentOfNodeAggregationWhereInput>>;
  NOT?: InputMaybe<RoleEquivalentOfNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<RoleEquivalentOfNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  escoCode?: InputMaybe<StringScalarAggregationFilters>;
  iscoGroup?: InputMaybe<StringScalarAggregationFilters>;
  jobZone?: InputMaybe<IntScalarAggregationFilters>;
  onetSocCode?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type RoleEquivalentOfRelationship = {
  __typename?: 'RoleEquivalentOfRelationship';
  cursor: Scalars['String']['output'];
  node: Role;
  properties: Crosswalk;
};

export type RoleEquivalentOfUpdateConnectionInput = {
  edge?: InputMaybe<CrosswalkUpdateInput>;
  node?: InputMaybe<RoleUpdateInput>;
  where?: InputMaybe<RoleEquivalentOfConnectionWhere>;
};

export type RoleEquivalentOfUpdateFieldInput = {
  connect?: InputMaybe<Array<RoleEquivalentOfConnectFieldInput>>;
  create?: InputMaybe<Array<RoleEquivalentOfCreateFieldInput>>;
  delete?: InputMaybe<Array<RoleEquivalentOfDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<RoleEquivalentOfDisconnectFieldInput>>;
  update?: InputMaybe<RoleEquivalentOfUpdateConnectionInput>;
};

export type RoleEquivalentRolesConnectFieldInput = {
  connect?: InputMaybe<Array<RoleConnectInput>>;
  edge: CrosswalkCreateInput;
  where?: InputMaybe<RoleConnectWhere>;
};

export type RoleEquivalentRolesConnection = {
  __typename?: 'RoleEquivalentRolesConnection';
  aggregate: RoleRoleEquivalentRolesAggregateSelection;
  edges: Array<RoleEquivalentRolesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RoleEquivalentRolesConnectionAggregateInput = {
  AND?: InputMaybe<Array<RoleEquivalentRolesConnectionAggregateInput>>;
  NOT?: InputMaybe<RoleEquivalentRolesConnectionAggregateInput>;
  OR?: InputMaybe<Array<RoleEquivalentRolesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<CrosswalkAggregationWhereInput>;
  node?: InputMaybe<RoleEquivalentRolesNodeAggregationWhereInput>;
};

export type RoleEquivalentRolesConnectionFilters = {
  /** Filter Roles by aggregating results on related RoleEquivalentRolesConnections */
  aggregate?: InputMaybe<RoleEquivalentRolesConnectionAggregateInput>;
  /** Return Roles where all of the related RoleEquivalentRolesConnections match this filter */
  all?: InputMaybe<RoleEquivalentRolesConnectionWhere>;
  /** Return Roles where none of the related RoleEquivalentRolesConnections match this filter */
  none?: InputMaybe<RoleEquivalentRolesConnectionWhere>;
  /** Return Roles where one of the related RoleEquivalentRolesConnections match this filter */
  single?: InputMaybe<RoleEquivalentRolesConnectionWhere>;
  /** Return Roles where some of the related RoleEquivalentRolesConnections match this filter */
  some?: InputMaybe<RoleEquivalentRolesConnectionWhere>;
};

export type RoleEquivalentRolesConnectionSort = {
  edge?: InputMaybe<CrosswalkSort>;
  node?: InputMaybe<RoleSort>;
};

export type RoleEquivalentRolesConnectionWhere = {
  AND?: InputMaybe<Array<RoleEquivalentRolesConnectionWhere>>;
  NOT?: InputMaybe<RoleEquivalentRolesConnectionWhere>;
  OR?: InputMaybe<Array<RoleEquivalentRolesConnectionWhere>>;
  edge?: InputMaybe<CrosswalkWhere>;
  node?: InputMaybe<RoleWhere>;
};

export type RoleEquivalentRolesCreateFieldInput = {
  edge: CrosswalkCreateInput;
  node: RoleCreateInput;
};

export type RoleEquivalentRolesDeleteFieldInput = {
  delete?: InputMaybe<RoleDeleteInput>;
  where?: InputMaybe<RoleEquivalentRolesConnectionWhere>;
};

export type RoleEquivalentRolesDisconnectFieldInput = {
  disconnect?: InputMaybe<RoleDisconnectInput>;
  where?: InputMaybe<RoleEquivalentRolesConnectionWhere>;
};

export type RoleEquivalentRolesFieldInput = {
  connect?: InputMaybe<Array<RoleEquivalentRolesConnectFieldInput>>;
  create?: InputMaybe<Array<RoleEquivalentRolesCreateFieldInput>>;
};

export type RoleEquivalentRolesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<RoleEquivalentRolesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<RoleEquivalentRolesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<RoleEquivalentRolesNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  escoCode?: InputMaybe<StringScalarAggregationFilters>;
  iscoGroup?: InputMaybe<StringScalarAggregationFilters>;
  jobZone?: InputMaybe<IntScalarAggregationFilters>;
  onetSocCode?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type RoleEquivalentRolesRelationship = {
  __typename?: 'RoleEquivalentRolesRelationship';
  cursor: Scalars['String']['output'];
  node: Role;
  properties: Crosswalk;
};

export type RoleEquivalentRolesUpdateConnectionInput = {
  edge?: InputMaybe<CrosswalkUpdateInput>;
  node?: InputMaybe<RoleUpdateInput>;
  where?: InputMaybe<RoleEquivalentRolesConnectionWhere>;
};

export type RoleEquivalentRolesUpdateFieldInput = {
  connect?: InputMaybe<Array<RoleEquivalentRolesConnectFieldInput>>;
  create?: InputMaybe<Array<RoleEquivalentRolesCreateFieldInput>>;
  delete?: InputMaybe<Array<RoleEquivalentRolesDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<RoleEquivalentRolesDisconnectFieldInput>>;
  update?: InputMaybe<RoleEquivalentRolesUpdateConnectionInput>;
};

export type RoleHoldersConnectFieldInput = {
  connect?: InputMaybe<Array<PersonConnectInput>>;
  edge: RoleTenureCreateInput;
  where?: InputMaybe<PersonConnectWhere>;
};

export type RoleHoldersConnection = {
  __typename?: 'RoleHoldersConnection';
  aggregate: RolePersonHoldersAggregateSelection;
  edges: Array<RoleHoldersRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RoleHoldersConnectionAggregateInput = {
  AND?: InputMaybe<Array<RoleHoldersConnectionAggregateInput>>;
  NOT?: InputMaybe<RoleHoldersConnectionAggregateInput>;
  OR?: InputMaybe<Array<RoleHoldersConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<RoleHoldersNodeAggregationWhereInput>;
};

export type RoleHoldersConnectionFilters = {
  /** Filter Roles by aggregating results on related RoleHoldersConnections */
  aggregate?: InputMaybe<RoleHoldersConnectionAggregateInput>;
  /** Return Roles where all of the related RoleHoldersConnections match this filter */
  all?: InputMaybe<RoleHoldersConnectionWhere>;
  /** Return Roles where none of the related RoleHoldersConnections match this filter */
  none?: InputMaybe<RoleHoldersConnectionWhere>;
  /** Return Roles where one of the related RoleHoldersConnections match this filter */
  single?: InputMaybe<RoleHoldersConnectionWhere>;
  /** Return Roles where some of the related RoleHoldersConnections match this filter */
  some?: InputMaybe<RoleHoldersConnectionWhere>;
};

export type RoleHoldersConnectionSort = {
  edge?: InputMaybe<RoleTenureSort>;
  node?: InputMaybe<PersonSort>;
};

export type RoleHoldersConnectionWhere = {
  AND?: InputMaybe<Array<RoleHoldersConnectionWhere>>;
  NOT?: InputMaybe<RoleHoldersConnectionWhere>;
  OR?: InputMaybe<Array<RoleHoldersConnectionWhere>>;
  edge?: InputMaybe<RoleTenureWhere>;
  node?: InputMaybe<PersonWhere>;
};

export type RoleHoldersCreateFieldInput = {
  edge: RoleTenureCreateInput;
  node: PersonCreateInput;
};

export type RoleHoldersDeleteFieldInput = {
  delete?: InputMaybe<PersonDeleteInput>;
  where?: InputMaybe<RoleHoldersConnectionWhere>;
};

export type RoleHoldersDisconnectFieldInput = {
  disconnect?: InputMaybe<PersonDisconnectInput>;
  where?: InputMaybe<RoleHoldersConnectionWhere>;
};

export type RoleHoldersFieldInput = {
  connect?: InputMaybe<Array<RoleHoldersConnectFieldInput>>;
  create?: InputMaybe<Array<RoleHoldersCreateFieldInput>>;
};

export type RoleHoldersNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<RoleHoldersNodeAggregationWhereInput>>;
  NOT?: InputMaybe<RoleHoldersNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<RoleHoldersNodeAggregationWhereInput>>;
  availability?: InputMaybe<FloatScalarAggregationFilters>;
  location?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type RoleHoldersRelationship = {
  __typename?: 'RoleHoldersRelationship';
  cursor: Scalars['String']['output'];
  node: Person;
  properties: RoleTenure;
};

export type RoleHoldersUpdateConnectionInput = {
  edge?: InputMaybe<RoleTenureUpdateInput>;
  node?: InputMaybe<PersonUpdateInput>;
  where?: InputMaybe<RoleHoldersConnectionWhere>;
};

export type RoleHoldersUpdateFieldInput = {
  connect?: InputMaybe<Array<RoleHoldersConnectFieldInput>>;
  create?: InputMaybe<Array<RoleHoldersCreateFieldInput>>;
  delete?: InputMaybe<Array<RoleHoldersDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<RoleHoldersDisconnectFieldInput>>;
  update?: InputMaybe<RoleHoldersUpdateConnectionInput>;
};

export type RoleNarrowerRolesConnectFieldInput = {
  connect?: InputMaybe<Array<RoleConnectInput>>;
  where?: InputMaybe<RoleConnectWhere>;
};

export type RoleNarrowerRolesConnection = {
  __typename?: 'RoleNarrowerRolesConnection';
  aggregate: RoleRoleNarrowerRolesAggregateSelection;
  edges: Array<RoleNarrowerRolesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RoleNarrowerRolesConnectionAggregateInput = {
  AND?: InputMaybe<Array<RoleNarrowerRolesConnectionAggregateInput>>;
  NOT?: InputMaybe<RoleNarrowerRolesConnectionAggregateInput>;
  OR?: InputMaybe<Array<RoleNarrowerRolesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<RoleNarrowerRolesNodeAggregationWhereInput>;
};

export type RoleNarrowerRolesConnectionFilters = {
  /** Filter Roles by aggregating results on related RoleNarrowerRolesConnections */
  aggregate?: InputMaybe<RoleNarrowerRolesConnectionAggregateInput>;
  /** Return Roles where all of the related RoleNarrowerRolesConnections match this filter */
  all?: InputMaybe<RoleNarrowerRolesConnectionWhere>;
  /** Return Roles where none of the related RoleNarrowerRolesConnections match this filter */
  none?: InputMaybe<RoleNarrowerRolesConnectionWhere>;
  /** Return Roles where one of the related RoleNarrowerRolesConnections match this filter */
  single?: InputMaybe<RoleNarrowerRolesConnectionWhere>;
  /** Return Roles where some of the related RoleNarrowerRolesConnections match this filter */
  some?: InputMaybe<RoleNarrowerRolesConnectionWhere>;
};

export type RoleNarrowerRolesConnectionSort = {
  node?: InputMaybe<RoleSort>;
};

export type RoleNarrowerRolesConnectionWhere = {
  AND?: InputMaybe<Array<RoleNarrowerRolesConnectionWhere>>;
  NOT?: InputMaybe<RoleNarrowerRolesConnectionWhere>;
  OR?: InputMaybe<Array<RoleNarrowerRolesConnectionWhere>>;
  node?: InputMaybe<RoleWhere>;
};

export type RoleNarrowerRolesCreateFieldInput = {
  node: RoleCreateInput;
};

export type RoleNarrowerRolesDeleteFieldInput = {
  delete?: InputMaybe<RoleDeleteInput>;
  where?: InputMaybe<RoleNarrowerRolesConnectionWhere>;
};

export type RoleNarrowerRolesDisconnectFieldInput = {
  disconnect?: InputMaybe<RoleDisconnectInput>;
  where?: InputMaybe<RoleNarrowerRolesConnectionWhere>;
};

export type RoleNarrowerRolesFieldInput = {
  connect?: InputMaybe<Array<RoleNarrowerRolesConnectFieldInput>>;
  create?: InputMaybe<Array<RoleNarrowerRolesCreateFieldInput>>;
};

export type RoleNarrowerRolesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<RoleNarrowerRolesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<RoleNarrowerRolesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<RoleNarrowerRolesNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  escoCode?: InputMaybe<StringScalarAggregationFilters>;
  iscoGroup?: InputMaybe<StringScalarAggregationFilters>;
  jobZone?: InputMaybe<IntScalarAggregationFilters>;
  onetSocCode?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type RoleNarrowerRolesRelationship = {
  __typename?: 'RoleNarrowerRolesRelationship';
  cursor: Scalars['String']['output'];
  node: Role;
};

export type RoleNarrowerRolesUpdateConnectionInput = {
  node?: InputMaybe<RoleUpdateInput>;
  where?: InputMaybe<RoleNarrowerRolesConnectionWhere>;
};

export type RoleNarrowerRolesUpdateFieldInput = {
  connect?: InputMaybe<Array<RoleNarrowerRolesConnectFieldInput>>;
  create?: InputMaybe<Array<RoleNarrowerRolesCreateFieldInput>>;
  delete?: InputMaybe<Array<RoleNarrowerRolesDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<RoleNarrowerRolesDisconnectFieldInput>>;
  update?: InputMaybe<RoleNarrowerRolesUpdateConnectionInput>;
};

export type RoleOccupationGroupBroaderGroupsAggregateSelection = {
  __typename?: 'RoleOccupationGroupBroaderGroupsAggregateSelection';
  count: CountConnection;
  node?: Maybe<RoleOccupationGroupBroaderGroupsNodeAggregateSelection>;
};

export type RoleOccupationGroupBroaderGroupsNodeAggregateSelection = {
  __typename?: 'RoleOccupationGroupBroaderGroupsNodeAggregateSelection';
  code: StringAggregateSelection;
  description: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type RoleOrgUnitStaffedInAggregateSelection = {
  __typename?: 'RoleOrgUnitStaffedInAggregateSelection';
  count: CountConnection;
  edge?: Maybe<RoleOrgUnitStaffedInEdgeAggregateSelection>;
  node?: Maybe<RoleOrgUnitStaffedInNodeAggregateSelection>;
};

export type RoleOrgUnitStaffedInEdgeAggregateSelection = {
  __typename?: 'RoleOrgUnitStaffedInEdgeAggregateSelection';
  headcount: IntAggregateSelection;
  openings: IntAggregateSelection;
};

export type RoleOrgUnitStaffedInNodeAggregateSelection = {
  __typename?: 'RoleOrgUnitStaffedInNodeAggregateSelection';
  name: StringAggregateSelection;
};

export type RolePastHoldersConnectFieldInput = {
  connect?: InputMaybe<Array<PersonConnectInput>>;
  edge: PastTenureCreateInput;
  where?: InputMaybe<PersonConnectWhere>;
};

export type RolePastHoldersConnection = {
  __typename?: 'RolePastHoldersConnection';
  aggregate: RolePersonPastHoldersAggregateSelection;
  edges: Array<RolePastHoldersRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RolePastHoldersConnectionAggregateInput = {
  AND?: InputMaybe<Array<RolePastHoldersConnectionAggregateInput>>;
  NOT?: InputMaybe<RolePastHoldersConnectionAggregateInput>;
  OR?: InputMaybe<Array<RolePastHoldersConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<RolePastHoldersNodeAggregationWhereInput>;
};

export type RolePastHoldersConnectionFilters = {
  /** Filter Roles by aggregating results on related RolePastHoldersConnections */
  aggregate?: InputMaybe<RolePastHoldersConnectionAggregateInput>;
  /** Return Roles where all of the related RolePastHoldersConnections match this filter */
  all?: InputMaybe<RolePastHoldersConnectionWhere>;
  /** Return Roles where none of the related RolePastHoldersConnections match this filter */
  none?: InputMaybe<RolePastHoldersConnectionWhere>;
  /** Return Roles where one of the related RolePastHoldersConnections match this filter */
  single?: InputMaybe<RolePastHoldersConnectionWhere>;
  /** Return Roles where some of the related RolePastHoldersConnections match this filter */
  some?: InputMaybe<RolePastHoldersConnectionWhere>;
};

export type RolePastHoldersConnectionSort = {
  edge?: InputMaybe<PastTenureSort>;
  node?: InputMaybe<PersonSort>;
};

export type RolePastHoldersConnectionWhere = {
  AND?: InputMaybe<Array<RolePastHoldersConnectionWhere>>;
  NOT?: InputMaybe<RolePastHoldersConnectionWhere>;
  OR?: InputMaybe<Array<RolePastHoldersConnectionWhere>>;
  edge?: InputMaybe<PastTenureWhere>;
  node?: InputMaybe<PersonWhere>;
};

export type RolePastHoldersCreateFieldInput = {
  edge: PastTenureCreateInput;
  node: PersonCreateInput;
};

export type RolePastHoldersDeleteFieldInput = {
  delete?: InputMaybe<PersonDeleteInput>;
  where?: InputMaybe<RolePastHoldersConnectionWhere>;
};

export type RolePastHoldersDisconnectFieldInput = {
  disconnect?: InputMaybe<PersonDisconnectInput>;
  where?: InputMaybe<RolePastHoldersConnectionWhere>;
};

export type RolePastHoldersFieldInput = {
  connect?: InputMaybe<Array<RolePastHoldersConnectFieldInput>>;
  create?: InputMaybe<Array<RolePastHoldersCreateFieldInput>>;
};

export type RolePastHoldersNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<RolePastHoldersNodeAggregationWhereInput>>;
  NOT?: InputMaybe<RolePastHoldersNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<RolePastHoldersNodeAggregationWhereInput>>;
  availability?: InputMaybe<FloatScalarAggregationFilters>;
  location?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type RolePastHoldersRelationship = {
  __typename?: 'RolePastHoldersRelationship';
  cursor: Scalars['String']['output'];
  node: Person;
  properties: PastTenure;
};

export type RolePastHoldersUpdateConnectionInput = {
  edge?: InputMaybe<PastTenureUpdateInput>;
  node?: InputMaybe<PersonUpdateInput>;
  where?: InputMaybe<RolePastHoldersConnectionWhere>;
};

export type RolePastHoldersUpdateFieldInput = {
  connect?: InputMaybe<Array<RolePastHoldersConnectFieldInput>>;
  create?: InputMaybe<Array<RolePastHoldersCreateFieldInput>>;
  delete?: InputMaybe<Array<RolePastHoldersDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<RolePastHoldersDisconnectFieldInput>>;
  update?: InputMaybe<RolePastHoldersUpdateConnectionInput>;
};

export type RolePersonAspiredByAggregateSelection = {
  __typename?: 'RolePersonAspiredByAggregateSelection';
  count: CountConnection;
  node?: Maybe<RolePersonAspiredByNodeAggregateSelection>;
};

export type RolePersonAspiredByNodeAggregateSelection = {
  __typename?: 'RolePersonAspiredByNodeAggregateSelection';
  availability: FloatAggregateSelection;
  location: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type RolePersonHoldersAggregateSelection = {
  __typename?: 'RolePersonHoldersAggregateSelection';
  count: CountConnection;
  node?: Maybe<RolePersonHoldersNodeAggregateSelection>;
};

export type RolePersonHoldersNodeAggregateSelection = {
  __typename?: 'RolePersonHoldersNodeAggregateSelection';
  availability: FloatAggregateSelection;
  location: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type RolePersonPastHoldersAggregateSelection = {
  __typename?: 'RolePersonPastHoldersAggregateSelection';
  count: CountConnection;
  node?: Maybe<RolePersonPastHoldersNodeAggregateSelection>;
};

export type RolePersonPastHoldersNodeAggregateSelection = {
  __typename?: 'RolePersonPastHoldersNodeAggregateSelection';
  availability: FloatAggregateSelection;
  location: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type RoleRelationshipFilters = {
  /** Filter type where all of the related Roles match this filter */
  all?: InputMaybe<RoleWhere>;
  /** Filter type where none of the related Roles match this filter */
  none?: InputMaybe<RoleWhere>;
  /** Filter type where one of the related Roles match this filter */
  single?: InputMaybe<RoleWhere>;
  /** Filter type where some of the related Roles match this filter */
  some?: InputMaybe<RoleWhere>;
};

export type RoleRequiresConnectFieldInput = {
  connect?: InputMaybe<Array<SkillConnectInput>>;
  edge: RequirementCreateInput;
  where?: InputMaybe<SkillConnectWhere>;
};

export type RoleRequiresConnection = {
  __typename?: 'RoleRequiresConnection';
  aggregate: RoleSkillRequiresAggregateSelection;
  edges: Array<RoleRequiresRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RoleRequiresConnectionAggregateInput = {
  AND?: InputMaybe<Array<RoleRequiresConnectionAggregateInput>>;
  NOT?: InputMaybe<RoleRequiresConnectionAggregateInput>;
  OR?: InputMaybe<Array<RoleRequiresConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<RequirementAggregationWhereInput>;
  node?: InputMaybe<RoleRequiresNodeAggregationWhereInput>;
};

export type RoleRequiresConnectionFilters = {
  /** Filter Roles by aggregating results on related RoleRequiresConnections */
  aggregate?: InputMaybe<RoleRequiresConnectionAggregateInput>;
  /** Return Roles where all of the related RoleRequiresConnections match this filter */
  all?: InputMaybe<RoleRequiresConnectionWhere>;
  /** Return Roles where none of the related RoleRequiresConnections match this filter */
  none?: InputMaybe<RoleRequiresConnectionWhere>;
  /** Return Roles where one of the related RoleRequiresConnections match this filter */
  single?: InputMaybe<RoleRequiresConnectionWhere>;
  /** Return Roles where some of the related RoleRequiresConnections match this filter */
  some?: InputMaybe<RoleRequiresConnectionWhere>;
};

export type RoleRequiresConnectionSort = {
  edge?: InputMaybe<RequirementSort>;
  node?: InputMaybe<SkillSort>;
};

export type RoleRequiresConnectionWhere = {
  AND?: InputMaybe<Array<RoleRequiresConnectionWhere>>;
  NOT?: InputMaybe<RoleRequiresConnectionWhere>;
  OR?: InputMaybe<Array<RoleRequiresConnectionWhere>>;
  edge?: InputMaybe<RequirementWhere>;
  node?: InputMaybe<SkillWhere>;
};

export type RoleRequiresCreateFieldInput = {
  edge: RequirementCreateInput;
  node: SkillCreateInput;
};

export type RoleRequiresDeleteFieldInput = {
  delete?: InputMaybe<SkillDeleteInput>;
  where?: InputMaybe<RoleRequiresConnectionWhere>;
};

export type RoleRequiresDisconnectFieldInput = {
  disconnect?: InputMaybe<SkillDisconnectInput>;
  where?: InputMaybe<RoleRequiresConnectionWhere>;
};

export type RoleRequiresFieldInput = {
  connect?: InputMaybe<Array<RoleRequiresConnectFieldInput>>;
  create?: InputMaybe<Array<RoleRequiresCreateFieldInput>>;
};

export type RoleRequiresNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<RoleRequiresNodeAggregationWhereInput>>;
  NOT?: InputMaybe<RoleRequiresNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<RoleRequiresNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type RoleRequiresRelationship = {
  __typename?: 'RoleRequiresRelationship';
  cursor: Scalars['String']['output'];
  node: Skill;
  properties: Requirement;
};

export type RoleRequiresUpdateConnectionInput = {
  edge?: InputMaybe<RequirementUpdateInput>;
  node?: InputMaybe<SkillUpdateInput>;
  where?: InputMaybe<RoleRequiresConnectionWhere>;
};

export type RoleRequiresUpdateFieldInput = {
  connect?: InputMaybe<Array<RoleRequiresConnectFieldInput>>;
  create?: InputMaybe<Array<RoleRequiresCreateFieldInput>>;
  delete?: InputMaybe<Array<RoleRequiresDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<RoleRequiresDisconnectFieldInput>>;
  update?: InputMaybe<RoleRequiresUpdateConnectionInput>;
};

export type RoleRoleBroaderRolesAggregateSelection = {
  __typename?: 'RoleRoleBroaderRolesAggregateSelection';
  count: CountConnection;
  node?: Maybe<RoleRoleBroaderRolesNodeAggregateSelection>;
};

export type RoleRoleBroaderRolesNodeAggregateSelection = {
  __typename?: 'RoleRoleBroaderRolesNodeAggregateSelection';
  description: StringAggregateSelection;
  escoCode: StringAggregateSelection;
  iscoGroup: StringAggregateSelection;
  jobZone: IntAggregateSelection;
  onetSocCode: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type RoleRoleEquivalentOfAggregateSelection = {
  __typename?: 'RoleRoleEquivalentOfAggregateSelection';
  count: CountConnection;
  edge?: Maybe<RoleRoleEquivalentOfEdgeAggregateSelection>;
  node?: Maybe<RoleRoleEquivalentOfNodeAggregateSelection>;
};

export type RoleRoleEquivalentOfEdgeAggregateSelection = {
  __typename?: 'RoleRoleEquivalentOfEdgeAggregateSelection';
  confidence: FloatAggregateSelection;
  similarity: FloatAggregateSelection;
  source: StringAggregateSelection;
};

export type RoleRoleEquivalentOfNodeAggregateSelection = {
  __typename?: 'RoleRoleEquivalentOfNodeAggregateSelection';
  description: StringAggregateSelection;
  escoCode: StringAggregateSelection;
  iscoGroup: StringAggregateSelection;
  jobZone: IntAggregateSelection;
  onetSocCode: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type RoleRoleEquivalentRolesAggregateSelection = {
  __typename?: 'RoleRoleEquivalentRolesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<RoleRoleEquivalentRolesEdgeAggregateSelection>;
  node?: Maybe<RoleRoleEquivalentRolesNodeAggregateSelection>;
};

export type RoleRoleEquivalentRolesEdgeAggregateSelection = {
  __typename?: 'RoleRoleEquivalentRolesEdgeAggregateSelection';
  confidence: FloatAggregateSelection;
  similarity: FloatAggregateSelection;
  source: StringAggregateSelection;
};

export type RoleRoleEquivalentRolesNodeAggregateSelection = {
  __typename?: 'RoleRoleEquivalentRolesNodeAggregateSelection';
  description: StringAggregateSelection;
  escoCode: StringAggregateSelection;
  iscoGroup: StringAggregateSelection;
  jobZone: IntAggregateSelection;
  onetSocCode: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type RoleRoleNarrowerRolesAggregateSelection = {
  __typename?: 'RoleRoleNarrowerRolesAggregateSelection';
  count: CountConnection;
  node?: Maybe<RoleRoleNarrowerRolesNodeAggregateSelection>;
};

export type RoleRoleNarrowerRolesNodeAggregateSelection = {
  __typename?: 'RoleRoleNarrowerRolesNodeAggregateSelection';
  description: StringAggregateSelection;
  escoCode: StringAggregateSelection;
  iscoGroup: StringAggregateSelection;
  jobZone: IntAggregateSelection;
  onetSocCode: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type RoleSkillRequiresAggregateSelection = {
  __typename?: 'RoleSkillRequiresAggregateSelection';
  count: CountConnection;
  edge?: Maybe<RoleSkillRequiresEdgeAggregateSelection>;
  node?: Maybe<RoleSkillRequiresNodeAggregateSelection>;
};

export type RoleSkillRequiresEdgeAggregateSelection = {
  __typename?: 'RoleSkillRequiresEdgeAggregateSelection';
  level: IntAggregateSelection;
  onetImportance: FloatAggregateSelection;
  onetLevel: FloatAggregateSelection;
};

export type RoleSkillRequiresNodeAggregateSelection = {
  __typename?: 'RoleSkillRequiresNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

/** Fields to sort Roles by. The order in which sorts are applied is not guaranteed when specifying many fields in one RoleSort object. */
export type RoleSort = {
  description?: InputMaybe<SortDirection>;
  escoCode?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  iscoGroup?: InputMaybe<SortDirection>;
  jobZone?: InputMaybe<SortDirection>;
  onetSocCode?: InputMaybe<SortDirection>;
  taxonomy?: InputMaybe<SortDirection>;
  title?: InputMaybe<SortDirection>;
  uri?: InputMaybe<SortDirection>;
};

export type RoleStaffedInConnectFieldInput = {
  connect?: InputMaybe<Array<OrgUnitConnectInput>>;
  edge: PositionCreateInput;
  where?: InputMaybe<OrgUnitConnectWhere>;
};

export type RoleStaffedInConnection = {
  __typename?: 'RoleStaffedInConnection';
  aggregate: RoleOrgUnitStaffedInAggregateSelection;
  edges: Array<RoleStaffedInRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RoleStaffedInConnectionAggregateInput = {
  AND?: InputMaybe<Array<RoleStaffedInConnectionAggregateInput>>;
  NOT?: InputMaybe<RoleStaffedInConnectionAggregateInput>;
  OR?: InputMaybe<Array<RoleStaffedInConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<PositionAggregationWhereInput>;
  node?: InputMaybe<RoleStaffedInNodeAggregationWhereInput>;
};

export type RoleStaffedInConnectionFilters = {
  /** Filter Roles by aggregating results on related RoleStaffedInConnections */
  aggregate?: InputMaybe<RoleStaffedInConnectionAggregateInput>;
  /** Return Roles where all of the related RoleStaffedInConnections match this filter */
  all?: InputMaybe<RoleStaffedInConnectionWhere>;
  /** Return Roles where none of the related RoleStaffedInConnections match this filter */
  none?: InputMaybe<RoleStaffedInConnectionWhere>;
  /** Return Roles where one of the related RoleStaffedInConnections match this filter */
  single?: InputMaybe<RoleStaffedInConnectionWhere>;
  /** Return Roles where some of the related RoleStaffedInConnections match this filter */
  some?: InputMaybe<RoleStaffedInConnectionWhere>;
};

export type RoleStaffedInConnectionSort = {
  edge?: InputMaybe<PositionSort>;
  node?: InputMaybe<OrgUnitSort>;
};

export type RoleStaffedInConnectionWhere = {
  AND?: InputMaybe<Array<RoleStaffedInConnectionWhere>>;
  NOT?: InputMaybe<RoleStaffedInConnectionWhere>;
  OR?: InputMaybe<Array<RoleStaffedInConnectionWhere>>;
  edge?: InputMaybe<PositionWhere>;
  node?: InputMaybe<OrgUnitWhere>;
};

export type RoleStaffedInCreateFieldInput = {
  edge: PositionCreateInput;
  node: OrgUnitCreateInput;
};

export type RoleStaffedInDeleteFieldInput = {
  delete?: InputMaybe<OrgUnitDeleteInput>;
  where?: InputMaybe<RoleStaffedInConnectionWhere>;
};

export type RoleStaffedInDisconnectFieldInput = {
  disconnect?: InputMaybe<OrgUnitDisconnectInput>;
  where?: InputMaybe<RoleStaffedInConnectionWhere>;
};

export type RoleStaffedInFieldInput = {
  connect?: InputMaybe<Array<RoleStaffedInConnectFieldInput>>;
  create?: InputMaybe<Array<RoleStaffedInCreateFieldInput>>;
};

export type RoleStaffedInNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<RoleStaffedInNodeAggregationWhereInput>>;
  NOT?: InputMaybe<RoleStaffedInNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<RoleStaffedInNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type RoleStaffedInRelationship = {
  __typename?: 'RoleStaffedInRelationship';
  cursor: Scalars['String']['output'];
  node: OrgUnit;
  properties: Position;
};

export type RoleStaffedInUpdateConnectionInput = {
  edge?: InputMaybe<PositionUpdateInput>;
  node?: InputMaybe<OrgUnitUpdateInput>;
  where?: InputMaybe<RoleStaffedInConnectionWhere>;
};

export type RoleStaffedInUpdateFieldInput = {
  connect?: InputMaybe<Array<RoleStaffedInConnectFieldInput>>;
  create?: InputMaybe<Array<RoleStaffedInCreateFieldInput>>;
  delete?: InputMaybe<Array<RoleStaffedInDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<RoleStaffedInDisconnectFieldInput>>;
  update?: InputMaybe<RoleStaffedInUpdateConnectionInput>;
};

/**
 * The edge properties for the following fields:
 * * Person.currentRole
 * * Role.holders
 */
export type RoleTenure = {
  __typename?: 'RoleTenure';
  since: Scalars['Date']['output'];
};

export type RoleTenureCreateInput = {
  since: Scalars['Date']['input'];
};

export type RoleTenureSort = {
  since?: InputMaybe<SortDirection>;
};

export type RoleTenureUpdateInput = {
  since?: InputMaybe<DateScalarMutations>;
};

export type RoleTenureWhere = {
  AND?: InputMaybe<Array<RoleTenureWhere>>;
  NOT?: InputMaybe<RoleTenureWhere>;
  OR?: InputMaybe<Array<RoleTenureWhere>>;
  since?: InputMaybe<DateScalarFilters>;
};

/** One move, its cost and why. */
export type RoleTransition = {
  __typename?: 'RoleTransition';
  /** What the start still lacks for the role, in [0, 1]: 0 meets every requirement, 1 shares nothing. */
  cost: Scalars['Float']['output'];
  /** The share of skillCost removed by observed moves. */
  discount: Scalars['Float']['output'];
  explanation: Scalars['String']['output'];
  fromId: Scalars['ID']['output'];
  fromName: Scalars['String']['output'];
  /** The requirements not met, largest contribution first. */
  missing: Array<TransitionGap>;
  missingEssentials: Scalars['Int']['output'];
  observedMoveSupported: Scalars['Boolean']['output'];
  /** People in the organisation who made this move (from the start's role). */
  observedMoves: Scalars['Int']['output'];
  /** Why the role ranks here, in words (adjacentRoles by BLEND); null otherwise. */
  rankedBecause?: Maybe<Scalars['String']['output']>;
  roleId: Scalars['ID']['output'];
  roleTitle: Scalars['String']['output'];
  /** The blended score that ranked this role (adjacentRoles by BLEND); null in career paths and by COST. */
  score?: Maybe<Scalars['Float']['output']>;
  /** What ranked this role (adjacentRoles by BLEND): each signal's value and part of the score; empty otherwise. */
  signals: Array<RankingSignal>;
  /** The cost before the observed-move discount. */
  skillCost: Scalars['Float']['output'];
};

export type RoleUpdateInput = {
  altTitles?: InputMaybe<ListStringMutations>;
  aspiredBy?: InputMaybe<Array<RoleAspiredByUpdateFieldInput>>;
  broaderGroups?: InputMaybe<Array<RoleBroaderGroupsUpdateFieldInput>>;
  broaderRoles?: InputMaybe<Array<RoleBroaderRolesUpdateFieldInput>>;
  description?: InputMaybe<StringScalarMutations>;
  equivalentOf?: InputMaybe<Array<RoleEquivalentOfUpdateFieldInput>>;
  equivalentRoles?: InputMaybe<Array<RoleEquivalentRolesUpdateFieldInput>>;
  escoCode?: InputMaybe<StringScalarMutations>;
  holders?: InputMaybe<Array<RoleHoldersUpdateFieldInput>>;
  id?: InputMaybe<IdScalarMutations>;
  iscoGroup?: InputMaybe<StringScalarMutations>;
  /** Allowed: a whole number from 1 to 5. */
  jobZone?: InputMaybe<IntScalarMutations>;
  narrowerRoles?: InputMaybe<Array<RoleNarrowerRolesUpdateFieldInput>>;
  onetSocCode?: InputMaybe<StringScalarMutations>;
  pastHolders?: InputMaybe<Array<RolePastHoldersUpdateFieldInput>>;
  requires?: InputMaybe<Array<RoleRequiresUpdateFieldInput>>;
  staffedIn?: InputMaybe<Array<RoleStaffedInUpdateFieldInput>>;
  tags?: InputMaybe<ListStringMutations>;
  taxonomy?: InputMaybe<TaxonomyEnumScalarMutations>;
  title?: InputMaybe<StringScalarMutations>;
  uri?: InputMaybe<UrlScalarMutations>;
};

export type RoleWhere = {
  AND?: InputMaybe<Array<RoleWhere>>;
  NOT?: InputMaybe<RoleWhere>;
  OR?: InputMaybe<Array<RoleWhere>>;
  altTitles?: InputMaybe<StringListFilters>;
  aspiredBy?: InputMaybe<PersonRelationshipFilters>;
  aspiredByConnection?: InputMaybe<RoleAspiredByConnectionFilters>;
  broaderGroups?: InputMaybe<OccupationGroupRelationshipFilters>;
  broaderGroupsConnection?: InputMaybe<RoleBroaderGroupsConnectionFilters>;
  broaderRoles?: InputMaybe<RoleRelationshipFilters>;
  broaderRolesConnection?: InputMaybe<RoleBroaderRolesConnectionFilters>;
  description?: InputMaybe<StringScalarFilters>;
  equivalentOf?: InputMaybe<RoleRelationshipFilters>;
  equivalentOfConnection?: InputMaybe<RoleEquivalentOfConnectionFilters>;
  equivalentRoles?: InputMaybe<RoleRelationshipFilters>;
  equivalentRolesConnection?: InputMaybe<RoleEquivalentRolesConnectionFilters>;
  escoCode?: InputMaybe<StringScalarFilters>;
  holders?: InputMaybe<PersonRelationshipFilters>;
  holdersConnection?: InputMaybe<RoleHoldersConnectionFilters>;
  id?: InputMaybe<IdScalarFilters>;
  iscoGroup?: InputMaybe<StringScalarFilters>;
  jobZone?: InputMaybe<IntScalarFilters>;
  narrowerRoles?: InputMaybe<RoleRelationshipFilters>;
  narrowerRolesConnection?: InputMaybe<RoleNarrowerRolesConnectionFilters>;
  onetSocCode?: InputMaybe<StringScalarFilters>;
  pastHolders?: InputMaybe<PersonRelationshipFilters>;
  pastHoldersConnection?: InputMaybe<RolePastHoldersConnectionFilters>;
  requires?: InputMaybe<SkillRelationshipFilters>;
  requiresConnection?: InputMaybe<RoleRequiresConnectionFilters>;
  staffedIn?: InputMaybe<OrgUnitRelationshipFilters>;
  staffedInConnection?: InputMaybe<RoleStaffedInConnectionFilters>;
  tags?: InputMaybe<StringListFilters>;
  taxonomy?: InputMaybe<TaxonomyEnumScalarFilters>;
  title?: InputMaybe<StringScalarFilters>;
  uri?: InputMaybe<UrlScalarFilters>;
};

export type RolesConnection = {
  __typename?: 'RolesConnection';
  aggregate: RoleAggregate;
  edges: Array<RoleEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/**
 * What a person shares beyond what planning needs (README, "Who may see and change what"). Defaults: in rankings, contact
 * details not shared with planners.
 */
export type Sharing = {
  __typename?: 'Sharing';
  /** Whether planners covering your unit may read your email (Person.contactEmail). */
  contactToPlanners: Scalars['Boolean']['output'];
  /** The credentials you hold whose issuer may list you as a holder (credentialHolders); none by default. */
  holdingsListedToIssuers: Array<Scalars['ID']['output']>;
  /**
   * Whether you appear by name in candidatesForRole, benchStrength and composeTeam. Opted out, you are still counted,
   * never named, in skillSupplyDemand and in a team's holder counts.
   */
  inRankings: Scalars['Boolean']['output'];
  /**
   * The organisations (training providers, credential issuers) you learn with: they may issue their credentials to you
   * and confirm your completions of their courses by your person id. Those whose course you recorded as completed or
   * whose credential you hold may do so too. None by default.
   */
  learningPartners: Array<Scalars['ID']['output']>;
};

/** Changes to what you share; a field left out stays as it is. */
export type SharingInput = {
  contactToPlanners?: InputMaybe<Scalars['Boolean']['input']>;
  /** Replaces the set of held credentials whose issuer may list you as a holder; ids of credentials you do not hold are ignored. */
  holdingsListedToIssuers?: InputMaybe<Array<Scalars['ID']['input']>>;
  inRankings?: InputMaybe<Scalars['Boolean']['input']>;
  /** Replaces the organisations you learn with (at most 50); an unknown organisation id is refused and nothing changes. */
  learningPartners?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** A skill, competence or knowledge concept. Imported concepts keep their taxonomy URI as id. */
export type Skill = {
  __typename?: 'Skill';
  altLabels: Array<Scalars['String']['output']>;
  /** Broader skill groups in the poly-hierarchy. */
  broaderGroups: Array<SkillGroup>;
  broaderGroupsConnection: SkillBroaderGroupsConnection;
  /** Broader skills in the poly-hierarchy (a skill may have several). */
  broaderSkills: Array<Skill>;
  broaderSkillsConnection: SkillBroaderSkillsConnection;
  certifiedBy: Array<Credential>;
  certifiedByConnection: SkillCertifiedByConnection;
  description?: Maybe<Scalars['String']['output']>;
  heldBy: Array<Person>;
  heldByConnection: SkillHeldByConnection;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  narrowerSkills: Array<Skill>;
  narrowerSkillsConnection: SkillNarrowerSkillsConnection;
  relatedSkills: Array<Skill>;
  relatedSkillsConnection: SkillRelatedSkillsConnection;
  requiredBy: Array<Role>;
  requiredByConnection: SkillRequiredByConnection;
  reuseLevel?: Maybe<ReuseLevel>;
  /** Collections the skill belongs to: digital, green, transversal, language, research... */
  tags: Array<Scalars['String']['output']>;
  taughtBy: Array<Course>;
  taughtByConnection: SkillTaughtByConnection;
  taxonomy: Taxonomy;
  /** Null where the source taxonomy leaves it empty. */
  type?: Maybe<SkillType>;
  uri?: Maybe<Scalars['URL']['output']>;
};


/** A skill, competence or knowledge concept. Imported concepts keep their taxonomy URI as id. */
export type SkillBroaderGroupsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SkillGroupSort>>;
  where?: InputMaybe<SkillGroupWhere>;
};


/** A skill, competence or knowledge concept. Imported concepts keep their taxonomy URI as id. */
export type SkillBroaderGroupsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SkillBroaderGroupsConnectionSort>>;
  where?: InputMaybe<SkillBroaderGroupsConnectionWhere>;
};


/** A skill, competence or knowledge concept. Imported concepts keep their taxonomy URI as id. */
export type SkillBroaderSkillsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SkillSort>>;
  where?: InputMaybe<SkillWhere>;
};


/** A skill, competence or knowledge concept. Imported concepts keep their taxonomy URI as id. */
export type SkillBroaderSkillsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SkillBroaderSkillsConnectionSort>>;
  where?: InputMaybe<SkillBroaderSkillsConnectionWhere>;
};


/** A skill, competence or knowledge concept. Imported concepts keep their taxonomy URI as id. */
export type SkillCertifiedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CredentialSort>>;
  where?: InputMaybe<CredentialWhere>;
};


/** A skill, competence or knowledge concept. Imported concepts keep their taxonomy URI as id. */
export type SkillCertifiedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SkillCertifiedByConnectionSort>>;
  where?: InputMaybe<SkillCertifiedByConnectionWhere>;
};


/** A skill, competence or knowledge concept. Imported concepts keep their taxonomy URI as id. */
export type SkillHeldByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonSort>>;
  where?: InputMaybe<PersonWhere>;
};


/** A skill, competence or knowledge concept. Imported concepts keep their taxonomy URI as id. */
export type SkillHeldByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SkillHeldByConnectionSort>>;
  where?: InputMaybe<SkillHeldByConnectionWhere>;
};


/** A skill, competence or knowledge concept. Imported concepts keep their taxonomy URI as id. */
export type SkillNarrowerSkillsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SkillSort>>;
  where?: InputMaybe<SkillWhere>;
};


/** A skill, competence or knowledge concept. Imported concepts keep their taxonomy URI as id. */
export type SkillNarrowerSkillsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SkillNarrowerSkillsConnectionSort>>;
  where?: InputMaybe<SkillNarrowerSkillsConnectionWhere>;
};


/** A skill, competence or knowledge concept. Imported concepts keep their taxonomy URI as id. */
export type SkillRelatedSkillsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SkillSort>>;
  where?: InputMaybe<SkillWhere>;
};


/** A skill, competence or knowledge concept. Imported concepts keep their taxonomy URI as id. */
export type SkillRelatedSkillsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SkillRelatedSkillsConnectionSort>>;
  where?: InputMaybe<SkillRelatedSkillsConnectionWhere>;
};


/** A skill, competence or knowledge concept. Imported concepts keep their taxonomy URI as id. */
export type SkillRequiredByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<RoleSort>>;
  where?: InputMaybe<RoleWhere>;
};


/** A skill, competence or knowledge concept. Imported concepts keep their taxonomy URI as id. */
export type SkillRequiredByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SkillRequiredByConnectionSort>>;
  where?: InputMaybe<SkillRequiredByConnectionWhere>;
};


/** A skill, competence or knowledge concept. Imported concepts keep their taxonomy URI as id. */
export type SkillTaughtByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CourseSort>>;
  where?: InputMaybe<CourseWhere>;
};


/** A skill, competence or knowledge concept. Imported concepts keep their taxonomy URI as id. */
export type SkillTaughtByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SkillTaughtByConnectionSort>>;
  where?: InputMaybe<SkillTaughtByConnectionWhere>;
};

export type SkillAggregate = {
  __typename?: 'SkillAggregate';
  count: Count;
  node: SkillAggregateNode;
};

export type SkillAggregateNode = {
  __typename?: 'SkillAggregateNode';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type SkillBroaderGroupsConnectFieldInput = {
  connect?: InputMaybe<Array<SkillGroupConnectInput>>;
  where?: InputMaybe<SkillGroupConnectWhere>;
};

export type SkillBroaderGroupsConnection = {
  __typename?: 'SkillBroaderGroupsConnection';
  aggregate: SkillSkillGroupBroaderGroupsAggregateSelection;
  edges: Array<SkillBroaderGroupsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SkillBroaderGroupsConnectionAggregateInput = {
  AND?: InputMaybe<Array<SkillBroaderGroupsConnectionAggregateInput>>;
  NOT?: InputMaybe<SkillBroaderGroupsConnectionAggregateInput>;
  OR?: InputMaybe<Array<SkillBroaderGroupsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<SkillBroaderGroupsNodeAggregationWhereInput>;
};

export type SkillBroaderGroupsConnectionFilters = {
  /** Filter Skills by aggregating results on related SkillBroaderGroupsConnections */
  aggregate?: InputMaybe<SkillBroaderGroupsConnectionAggregateInput>;
  /** Return Skills where all of the related SkillBroaderGroupsConnections match this filter */
  all?: InputMaybe<SkillBroaderGroupsConnectionWhere>;
  /** Return Skills where none of the related SkillBroaderGroupsConnections match this filter */
  none?: InputMaybe<SkillBroaderGroupsConnectionWhere>;
  /** Return Skills where one of the related SkillBroaderGroupsConnections match this filter */
  single?: InputMaybe<SkillBroaderGroupsConnectionWhere>;
  /** Return Skills where some of the related SkillBroaderGroupsConnections match this filter */
  some?: InputMaybe<SkillBroaderGroupsConnectionWhere>;
};

export type SkillBroaderGroupsConnectionSort = {
  node?: InputMaybe<SkillGroupSort>;
};

export type SkillBroaderGroupsConnectionWhere = {
  AND?: InputMaybe<Array<SkillBroaderGroupsConnectionWhere>>;
  NOT?: InputMaybe<SkillBroaderGroupsConnectionWhere>;
  OR?: InputMaybe<Array<SkillBroaderGroupsConnectionWhere>>;
  node?: InputMaybe<SkillGroupWhere>;
};

export type SkillBroaderGroupsCreateFieldInput = {
  node: SkillGroupCreateInput;
};

export type SkillBroaderGroupsDeleteFieldInput = {
  delete?: InputMaybe<SkillGroupDeleteInput>;
  where?: InputMaybe<SkillBroaderGroupsConnectionWhere>;
};

export type SkillBroaderGroupsDisconnectFieldInput = {
  disconnect?: InputMaybe<SkillGroupDisconnectInput>;
  where?: InputMaybe<SkillBroaderGroupsConnectionWhere>;
};

export type SkillBroaderGroupsFieldInput = {
  connect?: InputMaybe<Array<SkillBroaderGroupsConnectFieldInput>>;
  create?: InputMaybe<Array<SkillBroaderGroupsCreateFieldInput>>;
};

export type SkillBroaderGroupsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<SkillBroaderGroupsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<SkillBroaderGroupsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<SkillBroaderGroupsNodeAggregationWhereInput>>;
  code?: InputMaybe<StringScalarAggregationFilters>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type SkillBroaderGroupsRelationship = {
  __typename?: 'SkillBroaderGroupsRelationship';
  cursor: Scalars['String']['output'];
  node: SkillGroup;
};

export type SkillBroaderGroupsUpdateConnectionInput = {
  node?: InputMaybe<SkillGroupUpdateInput>;
  where?: InputMaybe<SkillBroaderGroupsConnectionWhere>;
};

export type SkillBroaderGroupsUpdateFieldInput = {
  connect?: InputMaybe<Array<SkillBroaderGroupsConnectFieldInput>>;
  create?: InputMaybe<Array<SkillBroaderGroupsCreateFieldInput>>;
  delete?: InputMaybe<Array<SkillBroaderGroupsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<SkillBroaderGroupsDisconnectFieldInput>>;
  update?: InputMaybe<SkillBroaderGroupsUpdateConnectionInput>;
};

export type SkillBroaderSkillsConnectFieldInput = {
  connect?: InputMaybe<Array<SkillConnectInput>>;
  where?: InputMaybe<SkillConnectWhere>;
};

export type SkillBroaderSkillsConnection = {
  __typename?: 'SkillBroaderSkillsConnection';
  aggregate: SkillSkillBroaderSkillsAggregateSelection;
  edges: Array<SkillBroaderSkillsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SkillBroaderSkillsConnectionAggregateInput = {
  AND?: InputMaybe<Array<SkillBroaderSkillsConnectionAggregateInput>>;
  NOT?: InputMaybe<SkillBroaderSkillsConnectionAggregateInput>;
  OR?: InputMaybe<Array<SkillBroaderSkillsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<SkillBroaderSkillsNodeAggregationWhereInput>;
};

export type SkillBroaderSkillsConnectionFilters = {
  /** Filter Skills by aggregating results on related SkillBroaderSkillsConnections */
  aggregate?: InputMaybe<SkillBroaderSkillsConnectionAggregateInput>;
  /** Return Skills where all of the related SkillBroaderSkillsConnections match this filter */
  all?: InputMaybe<SkillBroaderSkillsConnectionWhere>;
  /** Return Skills where none of the related SkillBroaderSkillsConnections match this filter */
  none?: InputMaybe<SkillBroaderSkillsConnectionWhere>;
  /** Return Skills where one of the related SkillBroaderSkillsConnections match this filter */
  single?: InputMaybe<SkillBroaderSkillsConnectionWhere>;
  /** Return Skills where some of the related SkillBroaderSkillsConnections match this filter */
  some?: InputMaybe<SkillBroaderSkillsConnectionWhere>;
};

export type SkillBroaderSkillsConnectionSort = {
  node?: InputMaybe<SkillSort>;
};

export type SkillBroaderSkillsConnectionWhere = {
  AND?: InputMaybe<Array<SkillBroaderSkillsConnectionWhere>>;
  NOT?: InputMaybe<SkillBroaderSkillsConnectionWhere>;
  OR?: InputMaybe<Array<SkillBroaderSkillsConnectionWhere>>;
  node?: InputMaybe<SkillWhere>;
};

export type SkillBroaderSkillsCreateFieldInput = {
  node: SkillCreateInput;
};

export type SkillBroaderSkillsDeleteFieldInput = {
  delete?: InputMaybe<SkillDeleteInput>;
  where?: InputMaybe<SkillBroaderSkillsConnectionWhere>;
};

export type SkillBroaderSkillsDisconnectFieldInput = {
  disconnect?: InputMaybe<SkillDisconnectInput>;
  where?: InputMaybe<SkillBroaderSkillsConnectionWhere>;
};

export type SkillBroaderSkillsFieldInput = {
  connect?: InputMaybe<Array<SkillBroaderSkillsConnectFieldInput>>;
  create?: InputMaybe<Array<SkillBroaderSkillsCreateFieldInput>>;
};

export type SkillBroaderSkillsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<SkillBroaderSkillsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<SkillBroaderSkillsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<SkillBroaderSkillsNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type SkillBroaderSkillsRelationship = {
  __typename?: 'SkillBroaderSkillsRelationship';
  cursor: Scalars['String']['output'];
  node: Skill;
};

export type SkillBroaderSkillsUpdateConnectionInput = {
  node?: InputMaybe<SkillUpdateInput>;
  where?: InputMaybe<SkillBroaderSkillsConnectionWhere>;
};

export type SkillBroaderSkillsUpdateFieldInput = {
  connect?: InputMaybe<Array<SkillBroaderSkillsConnectFieldInput>>;
  create?: InputMaybe<Array<SkillBroaderSkillsCreateFieldInput>>;
  delete?: InputMaybe<Array<SkillBroaderSkillsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<SkillBroaderSkillsDisconnectFieldInput>>;
  update?: InputMaybe<SkillBroaderSkillsUpdateConnectionInput>;
};

export type SkillCertifiedByConnectFieldInput = {
  connect?: InputMaybe<Array<CredentialConnectInput>>;
  edge: SkillLevelCreateInput;
  where?: InputMaybe<CredentialConnectWhere>;
};

export type SkillCertifiedByConnection = {
  __typename?: 'SkillCertifiedByConnection';
  aggregate: SkillCredentialCertifiedByAggregateSelection;
  edges: Array<SkillCertifiedByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SkillCertifiedByConnectionAggregateInput = {
  AND?: InputMaybe<Array<SkillCertifiedByConnectionAggregateInput>>;
  NOT?: InputMaybe<SkillCertifiedByConnectionAggregateInput>;
  OR?: InputMaybe<Array<SkillCertifiedByConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<SkillLevelAggregationWhereInput>;
  node?: InputMaybe<SkillCertifiedByNodeAggregationWhereInput>;
};

export type SkillCertifiedByConnectionFilters = {
  /** Filter Skills by aggregating results on related SkillCertifiedByConnections */
  aggregate?: InputMaybe<SkillCertifiedByConnectionAggregateInput>;
  /** Return Skills where all of the related SkillCertifiedByConnections match this filter */
  all?: InputMaybe<SkillCertifiedByConnectionWhere>;
  /** Return Skills where none of the related SkillCertifiedByConnections match this filter */
  none?: InputMaybe<SkillCertifiedByConnectionWhere>;
  /** Return Skills where one of the related SkillCertifiedByConnections match this filter */
  single?: InputMaybe<SkillCertifiedByConnectionWhere>;
  /** Return Skills where some of the related SkillCertifiedByConnections match this filter */
  some?: InputMaybe<SkillCertifiedByConnectionWhere>;
};

export type SkillCertifiedByConnectionSort = {
  edge?: InputMaybe<SkillLevelSort>;
  node?: InputMaybe<CredentialSort>;
};

export type SkillCertifiedByConnectionWhere = {
  AND?: InputMaybe<Array<SkillCertifiedByConnectionWhere>>;
  NOT?: InputMaybe<SkillCertifiedByConnectionWhere>;
  OR?: InputMaybe<Array<SkillCertifiedByConnectionWhere>>;
  edge?: InputMaybe<SkillLevelWhere>;
  node?: InputMaybe<CredentialWhere>;
};

export type SkillCertifiedByCreateFieldInput = {
  edge: SkillLevelCreateInput;
  node: CredentialCreateInput;
};

export type SkillCertifiedByDeleteFieldInput = {
  delete?: InputMaybe<CredentialDeleteInput>;
  where?: InputMaybe<SkillCertifiedByConnectionWhere>;
};

export type SkillCertifiedByDisconnectFieldInput = {
  disconnect?: InputMaybe<CredentialDisconnectInput>;
  where?: InputMaybe<SkillCertifiedByConnectionWhere>;
};

export type SkillCertifiedByFieldInput = {
  connect?: InputMaybe<Array<SkillCertifiedByConnectFieldInput>>;
  create?: InputMaybe<Array<SkillCertifiedByCreateFieldInput>>;
};

export type SkillCertifiedByNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<SkillCertifiedByNodeAggregationWhereInput>>;
  NOT?: InputMaybe<SkillCertifiedByNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<SkillCertifiedByNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  ects?: InputMaybe<FloatScalarAggregationFilters>;
  eqfLevel?: InputMaybe<IntScalarAggregationFilters>;
  gradingScheme?: InputMaybe<StringScalarAggregationFilters>;
  identityVerification?: InputMaybe<StringScalarAggregationFilters>;
  qualityAssurance?: InputMaybe<StringScalarAggregationFilters>;
  requiredParts?: InputMaybe<IntScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
  validityMonths?: InputMaybe<IntScalarAggregationFilters>;
  workloadHours?: InputMaybe<FloatScalarAggregationFilters>;
};

export type SkillCertifiedByRelationship = {
  __typename?: 'SkillCertifiedByRelationship';
  cursor: Scalars['String']['output'];
  node: Credential;
  properties: SkillLevel;
};

export type SkillCertifiedByUpdateConnectionInput = {
  edge?: InputMaybe<SkillLevelUpdateInput>;
  node?: InputMaybe<CredentialUpdateInput>;
  where?: InputMaybe<SkillCertifiedByConnectionWhere>;
};

export type SkillCertifiedByUpdateFieldInput = {
  connect?: InputMaybe<Array<SkillCertifiedByConnectFieldInput>>;
  create?: InputMaybe<Array<SkillCertifiedByCreateFieldInput>>;
  delete?: InputMaybe<Array<SkillCertifiedByDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<SkillCertifiedByDisconnectFieldInput>>;
  update?: InputMaybe<SkillCertifiedByUpdateConnectionInput>;
};

export type SkillConnectInput = {
  broaderGroups?: InputMaybe<Array<SkillBroaderGroupsConnectFieldInput>>;
  broaderSkills?: InputMaybe<Array<SkillBroaderSkillsConnectFieldInput>>;
  certifiedBy?: InputMaybe<Array<SkillCertifiedByConnectFieldInput>>;
  heldBy?: InputMaybe<Array<SkillHeldByConnectFieldInput>>;
  narrowerSkills?: InputMaybe<Array<SkillNarrowerSkillsConnectFieldInput>>;
  relatedSkills?: InputMaybe<Array<SkillRelatedSkillsConnectFieldInput>>;
  requiredBy?: InputMaybe<Array<SkillRequiredByConnectFieldInput>>;
  taughtBy?: InputMaybe<Array<SkillTaughtByConnectFieldInput>>;
};

export type SkillConnectWhere = {
  node: SkillWhere;
};

export type SkillCourseTaughtByAggregateSelection = {
  __typename?: 'SkillCourseTaughtByAggregateSelection';
  count: CountConnection;
  edge?: Maybe<SkillCourseTaughtByEdgeAggregateSelection>;
  node?: Maybe<SkillCourseTaughtByNodeAggregateSelection>;
};

export type SkillCourseTaughtByEdgeAggregateSelection = {
  __typename?: 'SkillCourseTaughtByEdgeAggregateSelection';
  level: IntAggregateSelection;
};

export type SkillCourseTaughtByNodeAggregateSelection = {
  __typename?: 'SkillCourseTaughtByNodeAggregateSelection';
  cost: FloatAggregateSelection;
  description: StringAggregateSelection;
  durationMinutes: IntAggregateSelection;
  title: StringAggregateSelection;
};

export type SkillCreateInput = {
  altLabels?: Array<Scalars['String']['input']>;
  broaderGroups?: InputMaybe<SkillBroaderGroupsFieldInput>;
  broaderSkills?: InputMaybe<SkillBroaderSkillsFieldInput>;
  certifiedBy?: InputMaybe<SkillCertifiedByFieldInput>;
  description?: InputMaybe<Scalars['String']['input']>;
  heldBy?: InputMaybe<SkillHeldByFieldInput>;
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  narrowerSkills?: InputMaybe<SkillNarrowerSkillsFieldInput>;
  relatedSkills?: InputMaybe<SkillRelatedSkillsFieldInput>;
  requiredBy?: InputMaybe<SkillRequiredByFieldInput>;
  reuseLevel?: InputMaybe<ReuseLevel>;
  tags?: Array<Scalars['String']['input']>;
  taughtBy?: InputMaybe<SkillTaughtByFieldInput>;
  taxonomy: Taxonomy;
  type?: InputMaybe<SkillType>;
  uri?: InputMaybe<Scalars['URL']['input']>;
};

export type SkillCredentialCertifiedByAggregateSelection = {
  __typename?: 'SkillCredentialCertifiedByAggregateSelection';
  count: CountConnection;
  edge?: Maybe<SkillCredentialCertifiedByEdgeAggregateSelection>;
  node?: Maybe<SkillCredentialCertifiedByNodeAggregateSelection>;
};

export type SkillCredentialCertifiedByEdgeAggregateSelection = {
  __typename?: 'SkillCredentialCertifiedByEdgeAggregateSelection';
  level: IntAggregateSelection;
};

export type SkillCredentialCertifiedByNodeAggregateSelection = {
  __typename?: 'SkillCredentialCertifiedByNodeAggregateSelection';
  description: StringAggregateSelection;
  ects: FloatAggregateSelection;
  eqfLevel: IntAggregateSelection;
  gradingScheme: StringAggregateSelection;
  identityVerification: StringAggregateSelection;
  qualityAssurance: StringAggregateSelection;
  requiredParts: IntAggregateSelection;
  title: StringAggregateSelection;
  validityMonths: IntAggregateSelection;
  workloadHours: FloatAggregateSelection;
};

export type SkillDeleteInput = {
  broaderGroups?: InputMaybe<Array<SkillBroaderGroupsDeleteFieldInput>>;
  broaderSkills?: InputMaybe<Array<SkillBroaderSkillsDeleteFieldInput>>;
  certifiedBy?: InputMaybe<Array<SkillCertifiedByDeleteFieldInput>>;
  heldBy?: InputMaybe<Array<SkillHeldByDeleteFieldInput>>;
  narrowerSkills?: InputMaybe<Array<SkillNarrowerSkillsDeleteFieldInput>>;
  relatedSkills?: InputMaybe<Array<SkillRelatedSkillsDeleteFieldInput>>;
  requiredBy?: InputMaybe<Array<SkillRequiredByDeleteFieldInput>>;
  taughtBy?: InputMaybe<Array<SkillTaughtByDeleteFieldInput>>;
};

export type SkillDisconnectInput = {
  broaderGroups?: InputMaybe<Array<SkillBroaderGroupsDisconnectFieldInput>>;
  broaderSkills?: InputMaybe<Array<SkillBroaderSkillsDisconnectFieldInput>>;
  certifiedBy?: InputMaybe<Array<SkillCertifiedByDisconnectFieldInput>>;
  heldBy?: InputMaybe<Array<SkillHeldByDisconnectFieldInput>>;
  narrowerSkills?: InputMaybe<Array<SkillNarrowerSkillsDisconnectFieldInput>>;
  relatedSkills?: InputMaybe<Array<SkillRelatedSkillsDisconnectFieldInput>>;
  requiredBy?: InputMaybe<Array<SkillRequiredByDisconnectFieldInput>>;
  taughtBy?: InputMaybe<Array<SkillTaughtByDisconnectFieldInput>>;
};

export type SkillEdge = {
  __typename?: 'SkillEdge';
  cursor: Scalars['String']['output'];
  node: Skill;
};

/**
 * The edge properties for the following fields:
 * * Person.skills
 * * Skill.heldBy
 */
export type SkillEvidence = {
  __typename?: 'SkillEvidence';
  assessedAt: Scalars['DateTime']['output'];
  /**
   * How sure the source is, 0 to 1.
   * Allowed: a number from 0 to 1.
   */
  confidence?: Maybe<Scalars['Float']['output']>;
  /** Allowed: a whole number from 1 to 5. */
  level: Scalars['Int']['output'];
  source: EvidenceSource;
  /** After this instant the evidence no longer counts. */
  validUntil?: Maybe<Scalars['DateTime']['output']>;
};

export type SkillEvidenceAggregationWhereInput = {
  AND?: InputMaybe<Array<SkillEvidenceAggregationWhereInput>>;
  NOT?: InputMaybe<SkillEvidenceAggregationWhereInput>;
  OR?: InputMaybe<Array<SkillEvidenceAggregationWhereInput>>;
  assessedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  confidence?: InputMaybe<FloatScalarAggregationFilters>;
  level?: InputMaybe<IntScalarAggregationFilters>;
  validUntil?: InputMaybe<DateTimeScalarAggregationFilters>;
};

export type SkillEvidenceCreateInput = {
  assessedAt: Scalars['DateTime']['input'];
  /** Allowed: a number from 0 to 1. */
  confidence?: InputMaybe<Scalars['Float']['input']>;
  /** Allowed: a whole number from 1 to 5. */
  level: Scalars['Int']['input'];
  source: EvidenceSource;
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
};

export type SkillEvidenceSort = {
  assessedAt?: InputMaybe<SortDirection>;
  confidence?: InputMaybe<SortDirection>;
  level?: InputMaybe<SortDirection>;
  source?: InputMaybe<SortDirection>;
  validUntil?: InputMaybe<SortDirection>;
};

export type SkillEvidenceUpdateInput = {
  assessedAt?: InputMaybe<DateTimeScalarMutations>;
  /** Allowed: a number from 0 to 1. */
  confidence?: InputMaybe<FloatScalarMutations>;
  /** Allowed: a whole number from 1 to 5. */
  level?: InputMaybe<IntScalarMutations>;
  source?: InputMaybe<EvidenceSourceEnumScalarMutations>;
  validUntil?: InputMaybe<DateTimeScalarMutations>;
};

export type SkillEvidenceWhere = {
  AND?: InputMaybe<Array<SkillEvidenceWhere>>;
  NOT?: InputMaybe<SkillEvidenceWhere>;
  OR?: InputMaybe<Array<SkillEvidenceWhere>>;
  assessedAt?: InputMaybe<DateTimeScalarFilters>;
  confidence?: InputMaybe<FloatScalarFilters>;
  level?: InputMaybe<IntScalarFilters>;
  source?: InputMaybe<EvidenceSourceEnumScalarFilters>;
  validUntil?: InputMaybe<DateTimeScalarFilters>;
};

/** What a person lacks for a role, requirement by requirement, with the evidence behind each answer. */
export type SkillGapReport = {
  __typename?: 'SkillGapReport';
  /** The instant validity was judged at. */
  asOf: Scalars['DateTime']['output'];
  /** Share of essential requirements fully met (1 when there are none). */
  essentialCoverage: Scalars['Float']['output'];
  /** Sum of weight * min(effective / required, 1) over the requirements, divided by the sum of weights (1 for none). */
  fit: Scalars['Float']['output'];
  includeNarrower: Scalars['Boolean']['output'];
  missingEssentials: Scalars['Int']['output'];
  personId: Scalars['ID']['output'];
  personName: Scalars['String']['output'];
  /** Essential requirements first, then by deficit. */
  requirements: Array<SkillGapRow>;
  roleId: Scalars['ID']['output'];
  roleTitle: Scalars['String']['output'];
};

/** One requirement of a role against a person's evidence. */
export type SkillGapRow = {
  __typename?: 'SkillGapRow';
  deficit: Scalars['Int']['output'];
  /** Highest level among valid evidence; 0 when there is none. */
  effectiveLevel: Scalars['Int']['output'];
  /** Valid evidence, strongest first; the first produced the effective level. */
  evidence: Array<EvidenceUsed>;
  /** Evidence that would have counted but has expired. */
  expiredEvidence: Array<EvidenceUsed>;
  explanation: Scalars['String']['output'];
  importance: Importance;
  met: Scalars['Boolean']['output'];
  /** Met (or reached its level) only through a narrower skill. */
  metViaNarrower: Scalars['Boolean']['output'];
  requiredLevel: Scalars['Int']['output'];
  skillId: Scalars['ID']['output'];
  skillName: Scalars['String']['output'];
  weight: Scalars['Float']['output'];
};

/** A group in the skill hierarchy (ESCO skill groups such as 'communication, collaboration and creativity'). */
export type SkillGroup = {
  __typename?: 'SkillGroup';
  broaderGroups: Array<SkillGroup>;
  broaderGroupsConnection: SkillGroupBroaderGroupsConnection;
  code?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  narrowerGroups: Array<SkillGroup>;
  narrowerGroupsConnection: SkillGroupNarrowerGroupsConnection;
  narrowerSkills: Array<Skill>;
  narrowerSkillsConnection: SkillGroupNarrowerSkillsConnection;
  taxonomy: Taxonomy;
  uri?: Maybe<Scalars['URL']['output']>;
};


/** A group in the skill hierarchy (ESCO skill groups such as 'communication, collaboration and creativity'). */
export type SkillGroupBroaderGroupsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SkillGroupSort>>;
  where?: InputMaybe<SkillGroupWhere>;
};


/** A group in the skill hierarchy (ESCO skill groups such as 'communication, collaboration and creativity'). */
export type SkillGroupBroaderGroupsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SkillGroupBroaderGroupsConnectionSort>>;
  where?: InputMaybe<SkillGroupBroaderGroupsConnectionWhere>;
};


/** A group in the skill hierarchy (ESCO skill groups such as 'communication, collaboration and creativity'). */
export type SkillGroupNarrowerGroupsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SkillGroupSort>>;
  where?: InputMaybe<SkillGroupWhere>;
};


/** A group in the skill hierarchy (ESCO skill groups such as 'communication, collaboration and creativity'). */
export type SkillGroupNarrowerGroupsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SkillGroupNarrowerGroupsConnectionSort>>;
  where?: InputMaybe<SkillGroupNarrowerGroupsConnectionWhere>;
};


/** A group in the skill hierarchy (ESCO skill groups such as 'communication, collaboration and creativity'). */
export type SkillGroupNarrowerSkillsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SkillSort>>;
  where?: InputMaybe<SkillWhere>;
};


/** A group in the skill hierarchy (ESCO skill groups such as 'communication, collaboration and creativity'). */
export type SkillGroupNarrowerSkillsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SkillGroupNarrowerSkillsConnectionSort>>;
  where?: InputMaybe<SkillGroupNarrowerSkillsConnectionWhere>;
};

export type SkillGroupAggregate = {
  __typename?: 'SkillGroupAggregate';
  count: Count;
  node: SkillGroupAggregateNode;
};

export type SkillGroupAggregateNode = {
  __typename?: 'SkillGroupAggregateNode';
  code: StringAggregateSelection;
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type SkillGroupBroaderGroupsConnectFieldInput = {
  connect?: InputMaybe<Array<SkillGroupConnectInput>>;
  where?: InputMaybe<SkillGroupConnectWhere>;
};

export type SkillGroupBroaderGroupsConnection = {
  __typename?: 'SkillGroupBroaderGroupsConnection';
  aggregate: SkillGroupSkillGroupBroaderGroupsAggregateSelection;
  edges: Array<SkillGroupBroaderGroupsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SkillGroupBroaderGroupsConnectionAggregateInput = {
  AND?: InputMaybe<Array<SkillGroupBroaderGroupsConnectionAggregateInput>>;
  NOT?: InputMaybe<SkillGroupBroaderGroupsConnectionAggregateInput>;
  OR?: InputMaybe<Array<SkillGroupBroaderGroupsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<SkillGroupBroaderGroupsNodeAggregationWhereInput>;
};

export type SkillGroupBroaderGroupsConnectionFilters = {
  /** Filter SkillGroups by aggregating results on related SkillGroupBroaderGroupsConnections */
  aggregate?: InputMaybe<SkillGroupBroaderGroupsConnectionAggregateInput>;
  /** Return SkillGroups where all of the related SkillGroupBroaderGroupsConnections match this filter */
  all?: InputMaybe<SkillGroupBroaderGroupsConnectionWhere>;
  /** Return SkillGroups where none of the related SkillGroupBroaderGroupsConnections match this filter */
  none?: InputMaybe<SkillGroupBroaderGroupsConnectionWhere>;
  /** Return SkillGroups where one of the related SkillGroupBroaderGroupsConnections match this filter */
  single?: InputMaybe<SkillGroupBroaderGroupsConnectionWhere>;
  /** Return SkillGroups where some of the related SkillGroupBroaderGroupsConnections match this filter */
  some?: InputMaybe<SkillGroupBroaderGroupsConnectionWhere>;
};

export type SkillGroupBroaderGroupsConnectionSort = {
  node?: InputMaybe<SkillGroupSort>;
};

export type SkillGroupBroaderGroupsConnectionWhere = {
  AND?: InputMaybe<Array<SkillGroupBroaderGroupsConnectionWhere>>;
  NOT?: InputMaybe<SkillGroupBroaderGroupsConnectionWhere>;
  OR?: InputMaybe<Array<SkillGroupBroaderGroupsConnectionWhere>>;
  node?: InputMaybe<SkillGroupWhere>;
};

export type SkillGroupBroaderGroupsCreateFieldInput = {
  node: SkillGroupCreateInput;
};

export type SkillGroupBroaderGroupsDeleteFieldInput = {
  delete?: InputMaybe<SkillGroupDeleteInput>;
  where?: InputMaybe<SkillGroupBroaderGroupsConnectionWhere>;
};

export type SkillGroupBroaderGroupsDisconnectFieldInput = {
  disconnect?: InputMaybe<SkillGroupDisconnectInput>;
  where?: InputMaybe<SkillGroupBroaderGroupsConnectionWhere>;
};

export type SkillGroupBroaderGroupsFieldInput = {
  connect?: InputMaybe<Array<SkillGroupBroaderGroupsConnectFieldInput>>;
  create?: InputMaybe<Array<SkillGroupBroaderGroupsCreateFieldInput>>;
};

export type SkillGroupBroaderGroupsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<SkillGroupBroaderGroupsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<SkillGroupBroaderGroupsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<SkillGroupBroaderGroupsNodeAggregationWhereInput>>;
  code?: InputMaybe<StringScalarAggregationFilters>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type SkillGroupBroaderGroupsRelationship = {
  __typename?: 'SkillGroupBroaderGroupsRelationship';
  cursor: Scalars['String']['output'];
  node: SkillGroup;
};

export type SkillGroupBroaderGroupsUpdateConnectionInput = {
  node?: InputMaybe<SkillGroupUpdateInput>;
  where?: InputMaybe<SkillGroupBroaderGroupsConnectionWhere>;
};

export type SkillGroupBroaderGroupsUpdateFieldInput = {
  connect?: InputMaybe<Array<SkillGroupBroaderGroupsConnectFieldInput>>;
  create?: InputMaybe<Array<SkillGroupBroaderGroupsCreateFieldInput>>;
  delete?: InputMaybe<Array<SkillGroupBroaderGroupsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<SkillGroupBroaderGroupsDisconnectFieldInput>>;
  update?: InputMaybe<SkillGroupBroaderGroupsUpdateConnectionInput>;
};

export type SkillGroupConnectInput = {
  broaderGroups?: InputMaybe<Array<SkillGroupBroaderGroupsConnectFieldInput>>;
  narrowerGroups?: InputMaybe<Array<SkillGroupNarrowerGroupsConnectFieldInput>>;
  narrowerSkills?: InputMaybe<Array<SkillGroupNarrowerSkillsConnectFieldInput>>;
};

export type SkillGroupConnectWhere = {
  node: SkillGroupWhere;
};

export type SkillGroupCreateInput = {
  broaderGroups?: InputMaybe<SkillGroupBroaderGroupsFieldInput>;
  code?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  narrowerGroups?: InputMaybe<SkillGroupNarrowerGroupsFieldInput>;
  narrowerSkills?: InputMaybe<SkillGroupNarrowerSkillsFieldInput>;
  taxonomy: Taxonomy;
  uri?: InputMaybe<Scalars['URL']['input']>;
};

export type SkillGroupDeleteInput = {
  broaderGroups?: InputMaybe<Array<SkillGroupBroaderGroupsDeleteFieldInput>>;
  narrowerGroups?: InputMaybe<Array<SkillGroupNarrowerGroupsDeleteFieldInput>>;
  narrowerSkills?: InputMaybe<Array<SkillGroupNarrowerSkillsDeleteFieldInput>>;
};

export type SkillGroupDisconnectInput = {
  broaderGroups?: InputMaybe<Array<SkillGroupBroaderGroupsDisconnectFieldInput>>;
  narrowerGroups?: InputMaybe<Array<SkillGroupNarrowerGroupsDisconnectFieldInput>>;
  narrowerSkills?: InputMaybe<Array<SkillGroupNarrowerSkillsDisconnectFieldInput>>;
};

export type SkillGroupEdge = {
  __typename?: 'SkillGroupEdge';
  cursor: Scalars['String']['output'];
  node: SkillGroup;
};

export type SkillGroupNarrowerGroupsConnectFieldInput = {
  connect?: InputMaybe<Array<SkillGroupConnectInput>>;
  where?: InputMaybe<SkillGroupConnectWhere>;
};

export type SkillGroupNarrowerGroupsConnection = {
  __typename?: 'SkillGroupNarrowerGroupsConnection';
  aggregate: SkillGroupSkillGroupNarrowerGroupsAggregateSelection;
  edges: Array<SkillGroupNarrowerGroupsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SkillGroupNarrowerGroupsConnectionAggregateInput = {
  AND?: InputMaybe<Array<SkillGroupNarrowerGroupsConnectionAggregateInput>>;
  NOT?: InputMaybe<SkillGroupNarrowerGroupsConnectionAggregateInput>;
  OR?: InputMaybe<Array<SkillGroupNarrowerGroupsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<SkillGroupNarrowerGroupsNodeAggregationWhereInput>;
};

export type SkillGroupNarrowerGroupsConnectionFilters = {
  /** Filter SkillGroups by aggregating results on related SkillGroupNarrowerGroupsConnections */
  aggregate?: InputMaybe<SkillGroupNarrowerGroupsConnectionAggregateInput>;
  /** Return SkillGroups where all of the related SkillGroupNarrowerGroupsConnections match this filter */
  all?: InputMaybe<SkillGroupNarrowerGroupsConnectionWhere>;
  /** Return SkillGroups where none of the related SkillGroupNarrowerGroupsConnections match this filter */
  none?: InputMaybe<SkillGroupNarrowerGroupsConnectionWhere>;
  /** Return SkillGroups where one of the related SkillGroupNarrowerGroupsConnections match this filter */
  single?: InputMaybe<SkillGroupNarrowerGroupsConnectionWhere>;
  /** Return SkillGroups where some of the related SkillGroupNarrowerGroupsConnections match this filter */
  some?: InputMaybe<SkillGroupNarrowerGroupsConnectionWhere>;
};

export type SkillGroupNarrowerGroupsConnectionSort = {
  node?: InputMaybe<SkillGroupSort>;
};

export type SkillGroupNarrowerGroupsConnectionWhere = {
  AND?: InputMaybe<Array<SkillGroupNarrowerGroupsConnectionWhere>>;
  NOT?: InputMaybe<SkillGroupNarrowerGroupsConnectionWhere>;
  OR?: InputMaybe<Array<SkillGroupNarrowerGroupsConnectionWhere>>;
  node?: InputMaybe<SkillGroupWhere>;
};

export type SkillGroupNarrowerGroupsCreateFieldInput = {
  node: SkillGroupCreateInput;
};

export type SkillGroupNarrowerGroupsDeleteFieldInput = {
  delete?: InputMaybe<SkillGroupDeleteInput>;
  where?: InputMaybe<SkillGroupNarrowerGroupsConnectionWhere>;
};

export type SkillGroupNarrowerGroupsDisconnectFieldInput = {
  disconnect?: InputMaybe<SkillGroupDisconnectInput>;
  where?: InputMaybe<SkillGroupNarrowerGroupsConnectionWhere>;
};

export type SkillGroupNarrowerGroupsFieldInput = {
  connect?: InputMaybe<Array<SkillGroupNarrowerGroupsConnectFieldInput>>;
  create?: InputMaybe<Array<SkillGroupNarrowerGroupsCreateFieldInput>>;
};

export type SkillGroupNarrowerGroupsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<SkillGroupNarrowerGroupsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<SkillGroupNarrowerGroupsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<SkillGroupNarrowerGroupsNodeAggregationWhereInput>>;
  code?: InputMaybe<StringScalarAggregationFilters>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type SkillGroupNarrowerGroupsRelationship = {
  __typename?: 'SkillGroupNarrowerGroupsRelationship';
  cursor: Scalars['String']['output'];
  node: SkillGroup;
};

export type SkillGroupNarrowerGroupsUpdateConnectionInput = {
  node?: InputMaybe<SkillGroupUpdateInput>;
  where?: InputMaybe<SkillGroupNarrowerGroupsConnectionWhere>;
};

export type SkillGroupNarrowerGroupsUpdateFieldInput = {
  connect?: InputMaybe<Array<SkillGroupNarrowerGroupsConnectFieldInput>>;
  create?: InputMaybe<Array<SkillGroupNarrowerGroupsCreateFieldInput>>;
  delete?: InputMaybe<Array<SkillGroupNarrowerGroupsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<SkillGroupNarrowerGroupsDisconnectFieldInput>>;
  update?: InputMaybe<SkillGroupNarrowerGroupsUpdateConnectionInput>;
};

export type SkillGroupNarrowerSkillsConnectFieldInput = {
  connect?: InputMaybe<Array<SkillConnectInput>>;
  where?: InputMaybe<SkillConnectWhere>;
};

export type SkillGroupNarrowerSkillsConnection = {
  __typename?: 'SkillGroupNarrowerSkillsConnection';
  aggregate: SkillGroupSkillNarrowerSkillsAggregateSelection;
  edges: Array<SkillGroupNarrowerSkillsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SkillGroupNarrowerSkillsConnectionAggregateInput = {
  AND?: InputMaybe<Array<SkillGroupNarrowerSkillsConnectionAggregateInput>>;
  NOT?: InputMaybe<SkillGroupNarrowerSkillsConnectionAggregateInput>;
  OR?: InputMaybe<Array<SkillGroupNarrowerSkillsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<SkillGroupNarrowerSkillsNodeAggregationWhereInput>;
};

export type SkillGroupNarrowerSkillsConnectionFilters = {
  /** Filter SkillGroups by aggregating results on related SkillGroupNarrowerSkillsConnections */
  aggregate?: InputMaybe<SkillGroupNarrowerSkillsConnectionAggregateInput>;
  /** Return SkillGroups where all of the related SkillGroupNarrowerSkillsConnections match this filter */
  all?: InputMaybe<SkillGroupNarrowerSkillsConnectionWhere>;
  /** Return SkillGroups where none of the related SkillGroupNarrowerSkillsConnections match this filter */
  none?: InputMaybe<SkillGroupNarrowerSkillsConnectionWhere>;
  /** Return SkillGroups where one of the related SkillGroupNarrowerSkillsConnections match this filter */
  single?: InputMaybe<SkillGroupNarrowerSkillsConnectionWhere>;
  /** Return SkillGroups where some of the related SkillGroupNarrowerSkillsConnections match this filter */
  some?: InputMaybe<SkillGroupNarrowerSkillsConnectionWhere>;
};

export type SkillGroupNarrowerSkillsConnectionSort = {
  node?: InputMaybe<SkillSort>;
};

export type SkillGroupNarrowerSkillsConnectionWhere = {
  AND?: InputMaybe<Array<SkillGroupNarrowerSkillsConnectionWhere>>;
  NOT?: InputMaybe<SkillGroupNarrowerSkillsConnectionWhere>;
  OR?: InputMaybe<Array<SkillGroupNarrowerSkillsConnectionWhere>>;
  node?: InputMaybe<SkillWhere>;
};

export type SkillGroupNarrowerSkillsCreateFieldInput = {
  node: SkillCreateInput;
};

export type SkillGroupNarrowerSkillsDeleteFieldInput = {
  delete?: InputMaybe<SkillDeleteInput>;
  where?: InputMaybe<SkillGroupNarrowerSkillsConnectionWhere>;
};

export type SkillGroupNarrowerSkillsDisconnectFieldInput = {
  disconnect?: InputMaybe<SkillDisconnectInput>;
  where?: InputMaybe<SkillGroupNarrowerSkillsConnectionWhere>;
};

export type SkillGroupNarrowerSkillsFieldInput = {
  connect?: InputMaybe<Array<SkillGroupNarrowerSkillsConnectFieldInput>>;
  create?: InputMaybe<Array<SkillGroupNarrowerSkillsCreateFieldInput>>;
};

export type SkillGroupNarrowerSkillsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<SkillGroupNarrowerSkillsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<SkillGroupNarrowerSkillsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<SkillGroupNarrowerSkillsNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type SkillGroupNarrowerSkillsRelationship = {
  __typename?: 'SkillGroupNarrowerSkillsRelationship';
  cursor: Scalars['String']['output'];
  node: Skill;
};

export type SkillGroupNarrowerSkillsUpdateConnectionInput = {
  node?: InputMaybe<SkillUpdateInput>;
  where?: InputMaybe<SkillGroupNarrowerSkillsConnectionWhere>;
};

export type SkillGroupNarrowerSkillsUpdateFieldInput = {
  connect?: InputMaybe<Array<SkillGroupNarrowerSkillsConnectFieldInput>>;
  create?: InputMaybe<Array<SkillGroupNarrowerSkillsCreateFieldInput>>;
  delete?: InputMaybe<Array<SkillGroupNarrowerSkillsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<SkillGroupNarrowerSkillsDisconnectFieldInput>>;
  update?: InputMaybe<SkillGroupNarrowerSkillsUpdateConnectionInput>;
};

export type SkillGroupRelationshipFilters = {
  /** Filter type where all of the related SkillGroups match this filter */
  all?: InputMaybe<SkillGroupWhere>;
  /** Filter type where none of the related SkillGroups match this filter */
  none?: InputMaybe<SkillGroupWhere>;
  /** Filter type where one of the related SkillGroups match this filter */
  single?: InputMaybe<SkillGroupWhere>;
  /** Filter type where some of the related SkillGroups match this filter */
  some?: InputMaybe<SkillGroupWhere>;
};

export type SkillGroupSkillGroupBroaderGroupsAggregateSelection = {
  __typename?: 'SkillGroupSkillGroupBroaderGroupsAggregateSelection';
  count: CountConnection;
  node?: Maybe<SkillGroupSkillGroupBroaderGroupsNodeAggregateSelection>;
};

export type SkillGroupSkillGroupBroaderGroupsNodeAggregateSelection = {
  __typename?: 'SkillGroupSkillGroupBroaderGroupsNodeAggregateSelection';
  code: StringAggregateSelection;
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type SkillGroupSkillGroupNarrowerGroupsAggregateSelection = {
  __typename?: 'SkillGroupSkillGroupNarrowerGroupsAggregateSelection';
  count: CountConnection;
  node?: Maybe<SkillGroupSkillGroupNarrowerGroupsNodeAggregateSelection>;
};

export type SkillGroupSkillGroupNarrowerGroupsNodeAggregateSelection = {
  __typename?: 'SkillGroupSkillGroupNarrowerGroupsNodeAggregateSelection';
  code: StringAggregateSelection;
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type SkillGroupSkillNarrowerSkillsAggregateSelection = {
  __typename?: 'SkillGroupSkillNarrowerSkillsAggregateSelection';
  count: CountConnection;
  node?: Maybe<SkillGroupSkillNarrowerSkillsNodeAggregateSelection>;
};

export type SkillGroupSkillNarrowerSkillsNodeAggregateSelection = {
  __typename?: 'SkillGroupSkillNarrowerSkillsNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

/** Fields to sort SkillGroups by. The order in which sorts are applied is not guaranteed when specifying many fields in one SkillGroupSort object. */
export type SkillGroupSort = {
  code?: InputMaybe<SortDirection>;
  description?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  taxonomy?: InputMaybe<SortDirection>;
  uri?: InputMaybe<SortDirection>;
};

export type SkillGroupUpdateInput = {
  broaderGroups?: InputMaybe<Array<SkillGroupBroaderGroupsUpdateFieldInput>>;
  code?: InputMaybe<StringScalarMutations>;
  description?: InputMaybe<StringScalarMutations>;
  id?: InputMaybe<IdScalarMutations>;
  name?: InputMaybe<StringScalarMutations>;
  narrowerGroups?: InputMaybe<Array<SkillGroupNarrowerGroupsUpdateFieldInput>>;
  narrowerSkills?: InputMaybe<Array<SkillGroupNarrowerSkillsUpdateFieldInput>>;
  taxonomy?: InputMaybe<TaxonomyEnumScalarMutations>;
  uri?: InputMaybe<UrlScalarMutations>;
};

export type SkillGroupWhere = {
  AND?: InputMaybe<Array<SkillGroupWhere>>;
  NOT?: InputMaybe<SkillGroupWhere>;
  OR?: InputMaybe<Array<SkillGroupWhere>>;
  broaderGroups?: InputMaybe<SkillGroupRelationshipFilters>;
  broaderGroupsConnection?: InputMaybe<SkillGroupBroaderGroupsConnectionFilters>;
  code?: InputMaybe<StringScalarFilters>;
  description?: InputMaybe<StringScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  name?: InputMaybe<StringScalarFilters>;
  narrowerGroups?: InputMaybe<SkillGroupRelationshipFilters>;
  narrowerGroupsConnection?: InputMaybe<SkillGroupNarrowerGroupsConnectionFilters>;
  narrowerSkills?: InputMaybe<SkillRelationshipFilters>;
  narrowerSkillsConnection?: InputMaybe<SkillGroupNarrowerSkillsConnectionFilters>;
  taxonomy?: InputMaybe<TaxonomyEnumScalarFilters>;
  uri?: InputMaybe<UrlScalarFilters>;
};

export type SkillGroupsConnection = {
  __typename?: 'SkillGroupsConnection';
  aggregate: SkillGroupAggregate;
  edges: Array<SkillGroupEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SkillHeldByConnectFieldInput = {
  connect?: InputMaybe<Array<PersonConnectInput>>;
  edge: SkillEvidenceCreateInput;
  where?: InputMaybe<PersonConnectWhere>;
};

export type SkillHeldByConnection = {
  __typename?: 'SkillHeldByConnection';
  aggregate: SkillPersonHeldByAggregateSelection;
  edges: Array<SkillHeldByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SkillHeldByConnectionAggregateInput = {
  AND?: InputMaybe<Array<SkillHeldByConnectionAggregateInput>>;
  NOT?: InputMaybe<SkillHeldByConnectionAggregateInput>;
  OR?: InputMaybe<Array<SkillHeldByConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<SkillEvidenceAggregationWhereInput>;
  node?: InputMaybe<SkillHeldByNodeAggregationWhereInput>;
};

export type SkillHeldByConnectionFilters = {
  /** Filter Skills by aggregating results on related SkillHeldByConnections */
  aggregate?: InputMaybe<SkillHeldByConnectionAggregateInput>;
  /** Return Skills where all of the related SkillHeldByConnections match this filter */
  all?: InputMaybe<SkillHeldByConnectionWhere>;
  /** Return Skills where none of the related SkillHeldByConnections match this filter */
  none?: InputMaybe<SkillHeldByConnectionWhere>;
  /** Return Skills where one of the related SkillHeldByConnections match this filter */
  single?: InputMaybe<SkillHeldByConnectionWhere>;
  /** Return Skills where some of the related SkillHeldByConnections match this filter */
  some?: InputMaybe<SkillHeldByConnectionWhere>;
};

export type SkillHeldByConnectionSort = {
  edge?: InputMaybe<SkillEvidenceSort>;
  node?: InputMaybe<PersonSort>;
};

export type SkillHeldByConnectionWhere = {
  AND?: InputMaybe<Array<SkillHeldByConnectionWhere>>;
  NOT?: InputMaybe<SkillHeldByConnectionWhere>;
  OR?: InputMaybe<Array<SkillHeldByConnectionWhere>>;
  edge?: InputMaybe<SkillEvidenceWhere>;
  node?: InputMaybe<PersonWhere>;
};

export type SkillHeldByCreateFieldInput = {
  edge: SkillEvidenceCreateInput;
  node: PersonCreateInput;
};

export type SkillHeldByDeleteFieldInput = {
  delete?: InputMaybe<PersonDeleteInput>;
  where?: InputMaybe<SkillHeldByConnectionWhere>;
};

export type SkillHeldByDisconnectFieldInput = {
  disconnect?: InputMaybe<PersonDisconnectInput>;
  where?: InputMaybe<SkillHeldByConnectionWhere>;
};

export type SkillHeldByFieldInput = {
  connect?: InputMaybe<Array<SkillHeldByConnectFieldInput>>;
  create?: InputMaybe<Array<SkillHeldByCreateFieldInput>>;
};

export type SkillHeldByNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<SkillHeldByNodeAggregationWhereInput>>;
  NOT?: InputMaybe<SkillHeldByNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<SkillHeldByNodeAggregationWhereInput>>;
  availability?: InputMaybe<FloatScalarAggregationFilters>;
  location?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type SkillHeldByRelationship = {
  __typename?: 'SkillHeldByRelationship';
  cursor: Scalars['String']['output'];
  node: Person;
  properties: SkillEvidence;
};

export type SkillHeldByUpdateConnectionInput = {
  edge?: InputMaybe<SkillEvidenceUpdateInput>;
  node?: InputMaybe<PersonUpdateInput>;
  where?: InputMaybe<SkillHeldByConnectionWhere>;
};

export type SkillHeldByUpdateFieldInput = {
  connect?: InputMaybe<Array<SkillHeldByConnectFieldInput>>;
  create?: InputMaybe<Array<SkillHeldByCreateFieldInput>>;
  delete?: InputMaybe<Array<SkillHeldByDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<SkillHeldByDisconnectFieldInput>>;
  update?: InputMaybe<SkillHeldByUpdateConnectionInput>;
};

/**
 * The edge properties for the following fields:
 * * Credential.certifies
 * * Course.teaches
 * * Course.prerequisites
 * * Skill.taughtBy
 * * Skill.certifiedBy
 */
export type SkillLevel = {
  __typename?: 'SkillLevel';
  /** Allowed: a whole number from 1 to 5. */
  level: Scalars['Int']['output'];
};

export type SkillLevelAggregationWhereInput = {
  AND?: InputMaybe<Array<SkillLevelAggregationWhereInput>>;
  NOT?: InputMaybe<SkillLevelAggregationWhereInput>;
  OR?: InputMaybe<Array<SkillLevelAggregationWhereInput>>;
  level?: InputMaybe<IntScalarAggregationFilters>;
};

export type SkillLevelCreateInput = {
  /** Allowed: a whole number from 1 to 5. */
  level: Scalars['Int']['input'];
};

export type SkillLevelSort = {
  level?: InputMaybe<SortDirection>;
};

export type SkillLevelUpdateInput = {
  /** Allowed: a whole number from 1 to 5. */
  level?: InputMaybe<IntScalarMutations>;
};

export type SkillLevelWhere = {
  AND?: InputMaybe<Array<SkillLevelWhere>>;
  NOT?: InputMaybe<SkillLevelWhere>;
  OR?: InputMaybe<Array<SkillLevelWhere>>;
  level?: InputMaybe<IntScalarFilters>;
};

export type SkillNarrowerSkillsConnectFieldInput = {
  connect?: InputMaybe<Array<SkillConnectInput>>;
  where?: InputMaybe<SkillConnectWhere>;
};

export type SkillNarrowerSkillsConnection = {
  __typename?: 'SkillNarrowerSkillsConnection';
  aggregate: SkillSkillNarrowerSkillsAggregateSelection;
  edges: Array<SkillNarrowerSkillsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SkillNarrowerSkillsConnectionAggregateInput = {
  AND?: InputMaybe<Array<SkillNarrowerSkillsConnectionAggregateInput>>;
  NOT?: InputMaybe<SkillNarrowerSkillsConnectionAggregateInput>;
  OR?: InputMaybe<Array<SkillNarrowerSkillsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<SkillNarrowerSkillsNodeAggregationWhereInput>;
};

export type SkillNarrowerSkillsConnectionFilters = {
  /** Filter Skills by aggregating results on related SkillNarrowerSkillsConnections */
  aggregate?: InputMaybe<SkillNarrowerSkillsConnectionAggregateInput>;
  /** Return Skills where all of the related SkillNarrowerSkillsConnections match this filter */
  all?: InputMaybe<SkillNarrowerSkillsConnectionWhere>;
  /** Return Skills where none of the related SkillNarrowerSkillsConnections match this filter */
  none?: InputMaybe<SkillNarrowerSkillsConnectionWhere>;
  /** Return Skills where one of the related SkillNarrowerSkillsConnections match this filter */
  single?: InputMaybe<SkillNarrowerSkillsConnectionWhere>;
  /** Return Skills where some of the related SkillNarrowerSkillsConnections match this filter */
  some?: InputMaybe<SkillNarrowerSkillsConnectionWhere>;
};

export type SkillNarrowerSkillsConnectionSort = {
  node?: InputMaybe<SkillSort>;
};

export type SkillNarrowerSkillsConnectionWhere = {
  AND?: InputMaybe<Array<SkillNarrowerSkillsConnectionWhere>>;
  NOT?: InputMaybe<SkillNarrowerSkillsConnectionWhere>;
  OR?: InputMaybe<Array<SkillNarrowerSkillsConnectionWhere>>;
  node?: InputMaybe<SkillWhere>;
};

export type SkillNarrowerSkillsCreateFieldInput = {
  node: SkillCreateInput;
};

export type SkillNarrowerSkillsDeleteFieldInput = {
  delete?: InputMaybe<SkillDeleteInput>;
  where?: InputMaybe<SkillNarrowerSkillsConnectionWhere>;
};

export type SkillNarrowerSkillsDisconnectFieldInput = {
  disconnect?: InputMaybe<SkillDisconnectInput>;
  where?: InputMaybe<SkillNarrowerSkillsConnectionWhere>;
};

export type SkillNarrowerSkillsFieldInput = {
  connect?: InputMaybe<Array<SkillNarrowerSkillsConnectFieldInput>>;
  create?: InputMaybe<Array<SkillNarrowerSkillsCreateFieldInput>>;
};

export type SkillNarrowerSkillsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<SkillNarrowerSkillsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<SkillNarrowerSkillsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<SkillNarrowerSkillsNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type SkillNarrowerSkillsRelationship = {
  __typename?: 'SkillNarrowerSkillsRelationship';
  cursor: Scalars['String']['output'];
  node: Skill;
};

export type SkillNarrowerSkillsUpdateConnectionInput = {
  node?: InputMaybe<SkillUpdateInput>;
  where?: InputMaybe<SkillNarrowerSkillsConnectionWhere>;
};

export type SkillNarrowerSkillsUpdateFieldInput = {
  connect?: InputMaybe<Array<SkillNarrowerSkillsConnectFieldInput>>;
  create?: InputMaybe<Array<SkillNarrowerSkillsCreateFieldInput>>;
  delete?: InputMaybe<Array<SkillNarrowerSkillsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<SkillNarrowerSkillsDisconnectFieldInput>>;
  update?: InputMaybe<SkillNarrowerSkillsUpdateConnectionInput>;
};

export type SkillPersonHeldByAggregateSelection = {
  __typename?: 'SkillPersonHeldByAggregateSelection';
  count: CountConnection;
  edge?: Maybe<SkillPersonHeldByEdgeAggregateSelection>;
  node?: Maybe<SkillPersonHeldByNodeAggregateSelection>;
};

export type SkillPersonHeldByEdgeAggregateSelection = {
  __typename?: 'SkillPersonHeldByEdgeAggregateSelection';
  assessedAt: DateTimeAggregateSelection;
  confidence: FloatAggregateSelection;
  level: IntAggregateSelection;
  validUntil: DateTimeAggregateSelection;
};

export type SkillPersonHeldByNodeAggregateSelection = {
  __typename?: 'SkillPersonHeldByNodeAggregateSelection';
  availability: FloatAggregateSelection;
  location: StringAggregateSelection;
  name: StringAggregateSelection;
};

/** A level a course raises: from the learner's level before the step to the level the course teaches. */
export type SkillRaise = {
  __typename?: 'SkillRaise';
  fromLevel: Scalars['Int']['output'];
  skillId: Scalars['ID']['output'];
  skillName: Scalars['String']['output'];
  /** The level the target asks for, when the skill is a target (otherwise the raise serves a later prerequisite). */
  targetLevel?: Maybe<Scalars['Int']['output']>;
  toLevel: Scalars['Int']['output'];
};

export type SkillRelatedSkillsConnectFieldInput = {
  connect?: InputMaybe<Array<SkillConnectInput>>;
  edge: SkillRelationCreateInput;
  where?: InputMaybe<SkillConnectWhere>;
};

export type SkillRelatedSkillsConnection = {
  __typename?: 'SkillRelatedSkillsConnection';
  aggregate: SkillSkillRelatedSkillsAggregateSelection;
  edges: Array<SkillRelatedSkillsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SkillRelatedSkillsConnectionAggregateInput = {
  AND?: InputMaybe<Array<SkillRelatedSkillsConnectionAggregateInput>>;
  NOT?: InputMaybe<SkillRelatedSkillsConnectionAggregateInput>;
  OR?: InputMaybe<Array<SkillRelatedSkillsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<SkillRelatedSkillsNodeAggregationWhereInput>;
};

export type SkillRelatedSkillsConnectionFilters = {
  /** Filter Skills by aggregating results on related SkillRelatedSkillsConnections */
  aggregate?: InputMaybe<SkillRelatedSkillsConnectionAggregateInput>;
  /** Return Skills where all of the related SkillRelatedSkillsConnections match this filter */
  all?: InputMaybe<SkillRelatedSkillsConnectionWhere>;
  /** Return Skills where none of the related SkillRelatedSkillsConnections match this filter */
  none?: InputMaybe<SkillRelatedSkillsConnectionWhere>;
  /** Return Skills where one of the related SkillRelatedSkillsConnections match this filter */
  single?: InputMaybe<SkillRelatedSkillsConnectionWhere>;
  /** Return Skills where some of the related SkillRelatedSkillsConnections match this filter */
  some?: InputMaybe<SkillRelatedSkillsConnectionWhere>;
};

export type SkillRelatedSkillsConnectionSort = {
  edge?: InputMaybe<SkillRelationSort>;
  node?: InputMaybe<SkillSort>;
};

export type SkillRelatedSkillsConnectionWhere = {
  AND?: InputMaybe<Array<SkillRelatedSkillsConnectionWhere>>;
  NOT?: InputMaybe<SkillRelatedSkillsConnectionWhere>;
  OR?: InputMaybe<Array<SkillRelatedSkillsConnectionWhere>>;
  edge?: InputMaybe<SkillRelationWhere>;
  node?: InputMaybe<SkillWhere>;
};

export type SkillRelatedSkillsCreateFieldInput = {
  edge: SkillRelationCreateInput;
  node: SkillCreateInput;
};

export type SkillRelatedSkillsDeleteFieldInput = {
  delete?: InputMaybe<SkillDeleteInput>;
  where?: InputMaybe<SkillRelatedSkillsConnectionWhere>;
};

export type SkillRelatedSkillsDisconnectFieldInput = {
  disconnect?: InputMaybe<SkillDisconnectInput>;
  where?: InputMaybe<SkillRelatedSkillsConnectionWhere>;
};

export type SkillRelatedSkillsFieldInput = {
  connect?: InputMaybe<Array<SkillRelatedSkillsConnectFieldInput>>;
  create?: InputMaybe<Array<SkillRelatedSkillsCreateFieldInput>>;
};

export type SkillRelatedSkillsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<SkillRelatedSkillsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<SkillRelatedSkillsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<SkillRelatedSkillsNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type SkillRelatedSkillsRelationship = {
  __typename?: 'SkillRelatedSkillsRelationship';
  cursor: Scalars['String']['output'];
  node: Skill;
  properties: SkillRelation;
};

export type SkillRelatedSkillsUpdateConnectionInput = {
  edge?: InputMaybe<SkillRelationUpdateInput>;
  node?: InputMaybe<SkillUpdateInput>;
  where?: InputMaybe<SkillRelatedSkillsConnectionWhere>;
};

export type SkillRelatedSkillsUpdateFieldInput = {
  connect?: InputMaybe<Array<SkillRelatedSkillsConnectFieldInput>>;
  create?: InputMaybe<Array<SkillRelatedSkillsCreateFieldInput>>;
  delete?: InputMaybe<Array<SkillRelatedSkillsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<SkillRelatedSkillsDisconnectFieldInput>>;
  update?: InputMaybe<SkillRelatedSkillsUpdateConnectionInput>;
};

/**
 * The edge properties for the following fields:
 * * Skill.relatedSkills
 */
export type SkillRelation = {
  __typename?: 'SkillRelation';
  importance: Importance;
};

export type SkillRelationCreateInput = {
  importance: Importance;
};

export type SkillRelationSort = {
  importance?: InputMaybe<SortDirection>;
};

export type SkillRelationUpdateInput = {
  importance?: InputMaybe<ImportanceEnumScalarMutations>;
};

export type SkillRelationWhere = {
  AND?: InputMaybe<Array<SkillRelationWhere>>;
  NOT?: InputMaybe<SkillRelationWhere>;
  OR?: InputMaybe<Array<SkillRelationWhere>>;
  importance?: InputMaybe<ImportanceEnumScalarFilters>;
};

export type SkillRelationshipFilters = {
  /** Filter type where all of the related Skills match this filter */
  all?: InputMaybe<SkillWhere>;
  /** Filter type where none of the related Skills match this filter */
  none?: InputMaybe<SkillWhere>;
  /** Filter type where one of the related Skills match this filter */
  single?: InputMaybe<SkillWhere>;
  /** Filter type where some of the related Skills match this filter */
  some?: InputMaybe<SkillWhere>;
};

export type SkillRequiredByConnectFieldInput = {
  connect?: InputMaybe<Array<RoleConnectInput>>;
  edge: RequirementCreateInput;
  where?: InputMaybe<RoleConnectWhere>;
};

export type SkillRequiredByConnection = {
  __typename?: 'SkillRequiredByConnection';
  aggregate: SkillRoleRequiredByAggregateSelection;
  edges: Array<SkillRequiredByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SkillRequiredByConnectionAggregateInput = {
  AND?: InputMaybe<Array<SkillRequiredByConnectionAggregateInput>>;
  NOT?: InputMaybe<SkillRequiredByConnectionAggregateInput>;
  OR?: InputMaybe<Array<SkillRequiredByConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<RequirementAggregationWhereInput>;
  node?: InputMaybe<SkillRequiredByNodeAggregationWhereInput>;
};

export type SkillRequiredByConnectionFilters = {
  /** Filter Skills by aggregating results on related SkillRequiredByConnections */
  aggregate?: InputMaybe<SkillRequiredByConnectionAggregateInput>;
  /** Return Skills where all of the related SkillRequiredByConnections match this filter */
  all?: InputMaybe<SkillRequiredByConnectionWhere>;
  /** Return Skills where none of the related SkillRequiredByConnections match this filter */
  none?: InputMaybe<SkillRequiredByConnectionWhere>;
  /** Return Skills where one of the related SkillRequiredByConnections match this filter */
  single?: InputMaybe<SkillRequiredByConnectionWhere>;
  /** Return Skills where some of the related SkillRequiredByConnections match this filter */
  some?: InputMaybe<SkillRequiredByConnectionWhere>;
};

export type SkillRequiredByConnectionSort = {
  edge?: InputMaybe<RequirementSort>;
  node?: InputMaybe<RoleSort>;
};

export type SkillRequiredByConnectionWhere = {
  AND?: InputMaybe<Array<SkillRequiredByConnectionWhere>>;
  NOT?: InputMaybe<SkillRequiredByConnectionWhere>;
  OR?: InputMaybe<Array<SkillRequiredByConnectionWhere>>;
  edge?: InputMaybe<RequirementWhere>;
  node?: InputMaybe<RoleWhere>;
};

export type SkillRequiredByCreateFieldInput = {
  edge: RequirementCreateInput;
  node: RoleCreateInput;
};

export type SkillRequiredByDeleteFieldInput = {
  delete?: InputMaybe<RoleDeleteInput>;
  where?: InputMaybe<SkillRequiredByConnectionWhere>;
};

export type SkillRequiredByDisconnectFieldInput = {
  disconnect?: InputMaybe<RoleDisconnectInput>;
  where?: InputMaybe<SkillRequiredByConnectionWhere>;
};

export type SkillRequiredByFieldInput = {
  connect?: InputMaybe<Array<SkillRequiredByConnectFieldInput>>;
  create?: InputMaybe<Array<SkillRequiredByCreateFieldInput>>;
};

export type SkillRequiredByNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<SkillRequiredByNodeAggregationWhereInput>>;
  NOT?: InputMaybe<SkillRequiredByNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<SkillRequiredByNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  escoCode?: InputMaybe<StringScalarAggregationFilters>;
  iscoGroup?: InputMaybe<StringScalarAggregationFilters>;
  jobZone?: InputMaybe<IntScalarAggregationFilters>;
  onetSocCode?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type SkillRequiredByRelationship = {
  __typename?: 'SkillRequiredByRelationship';
  cursor: Scalars['String']['output'];
  node: Role;
  properties: Requirement;
};

export type SkillRequiredByUpdateConnectionInput = {
  edge?: InputMaybe<RequirementUpdateInput>;
  node?: InputMaybe<RoleUpdateInput>;
  where?: InputMaybe<SkillRequiredByConnectionWhere>;
};

export type SkillRequiredByUpdateFieldInput = {
  connect?: InputMaybe<Array<SkillRequiredByConnectFieldInput>>;
  create?: InputMaybe<Array<SkillRequiredByCreateFieldInput>>;
  delete?: InputMaybe<Array<SkillRequiredByDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<SkillRequiredByDisconnectFieldInput>>;
  update?: InputMaybe<SkillRequiredByUpdateConnectionInput>;
};

export type SkillRoleRequiredByAggregateSelection = {
  __typename?: 'SkillRoleRequiredByAggregateSelection';
  count: CountConnection;
  edge?: Maybe<SkillRoleRequiredByEdgeAggregateSelection>;
  node?: Maybe<SkillRoleRequiredByNodeAggregateSelection>;
};

export type SkillRoleRequiredByEdgeAggregateSelection = {
  __typename?: 'SkillRoleRequiredByEdgeAggregateSelection';
  level: IntAggregateSelection;
  onetImportance: FloatAggregateSelection;
  onetLevel: FloatAggregateSelection;
};

export type SkillRoleRequiredByNodeAggregateSelection = {
  __typename?: 'SkillRoleRequiredByNodeAggregateSelection';
  description: StringAggregateSelection;
  escoCode: StringAggregateSelection;
  iscoGroup: StringAggregateSelection;
  jobZone: IntAggregateSelection;
  onetSocCode: StringAggregateSelection;
  title: StringAggregateSelection;
};

/** How searchSkills matches. */
export type SkillSearchMode =
  /** LEXICAL, BM25 over labels and descriptions and SEMANTIC, fused by reciprocal rank (lexical only when the model is off). */
  | 'HYBRID'
  /** Every word of the query as a prefix of a word of the name or an alternative label (full-text index skill_names). */
  | 'LEXICAL'
  /** Nearest skills to the query's embedding (vector index skill_embedding); UNAVAILABLE when the model is off. */
  | 'SEMANTIC';

export type SkillSkillBroaderSkillsAggregateSelection = {
  __typename?: 'SkillSkillBroaderSkillsAggregateSelection';
  count: CountConnection;
  node?: Maybe<SkillSkillBroaderSkillsNodeAggregateSelection>;
};

export type SkillSkillBroaderSkillsNodeAggregateSelection = {
  __typename?: 'SkillSkillBroaderSkillsNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type SkillSkillGroupBroaderGroupsAggregateSelection = {
  __typename?: 'SkillSkillGroupBroaderGroupsAggregateSelection';
  count: CountConnection;
  node?: Maybe<SkillSkillGroupBroaderGroupsNodeAggregateSelection>;
};

export type SkillSkillGroupBroaderGroupsNodeAggregateSelection = {
  __typename?: 'SkillSkillGroupBroaderGroupsNodeAggregateSelection';
  code: StringAggregateSelection;
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type SkillSkillNarrowerSkillsAggregateSelection = {
  __typename?: 'SkillSkillNarrowerSkillsAggregateSelection';
  count: CountConnection;
  node?: Maybe<SkillSkillNarrowerSkillsNodeAggregateSelection>;
};

export type SkillSkillNarrowerSkillsNodeAggregateSelection = {
  __typename?: 'SkillSkillNarrowerSkillsNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type SkillSkillRelatedSkillsAggregateSelection = {
  __typename?: 'SkillSkillRelatedSkillsAggregateSelection';
  count: CountConnection;
  node?: Maybe<SkillSkillRelatedSkillsNodeAggregateSelection>;
};

export type SkillSkillRelatedSkillsNodeAggregateSelection = {
  __typename?: 'SkillSkillRelatedSkillsNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

/** Fields to sort Skills by. The order in which sorts are applied is not guaranteed when specifying many fields in one SkillSort object. */
export type SkillSort = {
  description?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  reuseLevel?: InputMaybe<SortDirection>;
  taxonomy?: InputMaybe<SortDirection>;
  type?: InputMaybe<SortDirection>;
  uri?: InputMaybe<SortDirection>;
};

/** A skill proposed for a course or a role by skill tagging, with its provenance, until a partner or an admin decides. */
export type SkillSuggestion = {
  __typename?: 'SkillSuggestion';
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The subject of the token that accepted or rejected it. */
  decidedBy?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** For a role, the importance written on acceptance. */
  importance?: Maybe<Importance>;
  /** The level written on acceptance. */
  level?: Maybe<Scalars['Int']['output']>;
  /** The methods that found it. */
  methods: Array<TagMethod>;
  /** The embedding model that took part (null when SEMANTIC did not run). */
  modelId?: Maybe<Scalars['String']['output']>;
  proposedAt: Scalars['DateTime']['output'];
  /** The tag's score when proposed (see SkillTag.score). */
  score: Scalars['Float']['output'];
  skill: Skill;
  span?: Maybe<TextSpan>;
  status: SuggestionStatus;
  targetId: Scalars['ID']['output'];
  targetKind: SuggestionTarget;
};

export type SkillSupplyDemand = {
  __typename?: 'SkillSupplyDemand';
  asOf: Scalars['DateTime']['output'];
  /** Whether narrower skills counted for their broader skills one level down (the request's includeNarrower). */
  includeNarrower: Scalars['Boolean']['output'];
  orgUnitId?: Maybe<Scalars['ID']['output']>;
  shortages: Scalars['Int']['output'];
  singlePointsOfFailure: Scalars['Int']['output'];
  /** Largest gap first, then single points of failure, then lowest ratio. */
  skills: Array<SkillSupplyDemandRow>;
  skillsInDemand: Scalars['Int']['output'];
};

/** One skill's supply against demand. */
export type SkillSupplyDemandRow = {
  __typename?: 'SkillSupplyDemandRow';
  byLevel: Array<DemandAtLevel>;
  /** Positions (headcount + openings) whose role requires the skill as essential. */
  demand: Scalars['Int']['output'];
  explanation: Scalars['String']['output'];
  /** demand - supply, at least 0. */
  gap: Scalars['Int']['output'];
  headcount: Scalars['Int']['output'];
  /** The highest level any demanding position asks for; supply is counted at this level. */
  level: Scalars['Int']['output'];
  openings: Scalars['Int']['output'];
  /** supply / demand. */
  ratio?: Maybe<Scalars['Float']['output']>;
  shortage: Scalars['Boolean']['output'];
  /** One holder or none. */
  singlePointOfFailure: Scalars['Boolean']['output'];
  skillId: Scalars['ID']['output'];
  skillName: Scalars['String']['output'];
  /** People in scope whose best valid evidence reaches the level. */
  supply: Scalars['Int']['output'];
};

/** A skill a text is about, with how it was found. */
export type SkillTag = {
  __typename?: 'SkillTag';
  /** The methods that found this skill, strongest signal first. */
  methods: Array<TagMethod>;
  /** The methods that ran for this text (SEMANTIC is missing when the embedding model is off or not loaded). */
  methodsRun: Array<TagMethod>;
  /** 0..1: the methods' weighted reciprocal-rank fusion over its largest possible value. */
  score: Scalars['Float']['output'];
  skill: Skill;
  /** Where: the label's occurrence for an EXACT match, else the sentence that scored best; null if none stands out. */
  span?: Maybe<TextSpan>;
};

export type SkillTaughtByConnectFieldInput = {
  connect?: InputMaybe<Array<CourseConnectInput>>;
  edge: SkillLevelCreateInput;
  where?: InputMaybe<CourseConnectWhere>;
};

export type SkillTaughtByConnection = {
  __typename?: 'SkillTaughtByConnection';
  aggregate: SkillCourseTaughtByAggregateSelection;
  edges: Array<SkillTaughtByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SkillTaughtByConnectionAggregateInput = {
  AND?: InputMaybe<Array<SkillTaughtByConnectionAggregateInput>>;
  NOT?: InputMaybe<SkillTaughtByConnectionAggregateInput>;
  OR?: InputMaybe<Array<SkillTaughtByConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<SkillLevelAggregationWhereInput>;
  node?: InputMaybe<SkillTaughtByNodeAggregationWhereInput>;
};

export type SkillTaughtByConnectionFilters = {
  /** Filter Skills by aggregating results on related SkillTaughtByConnections */
  aggregate?: InputMaybe<SkillTaughtByConnectionAggregateInput>;
  /** Return Skills where all of the related SkillTaughtByConnections match this filter */
  all?: InputMaybe<SkillTaughtByConnectionWhere>;
  /** Return Skills where none of the related SkillTaughtByConnections match this filter */
  none?: InputMaybe<SkillTaughtByConnectionWhere>;
  /** Return Skills where one of the related SkillTaughtByConnections match this filter */
  single?: InputMaybe<SkillTaughtByConnectionWhere>;
  /** Return Skills where some of the related SkillTaughtByConnections match this filter */
  some?: InputMaybe<SkillTaughtByConnectionWhere>;
};

export type SkillTaughtByConnectionSort = {
  edge?: InputMaybe<SkillLevelSort>;
  node?: InputMaybe<CourseSort>;
};

export type SkillTaughtByConnectionWhere = {
  AND?: InputMaybe<Array<SkillTaughtByConnectionWhere>>;
  NOT?: InputMaybe<SkillTaughtByConnectionWhere>;
  OR?: InputMaybe<Array<SkillTaughtByConnectionWhere>>;
  edge?: InputMaybe<SkillLevelWhere>;
  node?: InputMaybe<CourseWhere>;
};

export type SkillTaughtByCreateFieldInput = {
  edge: SkillLevelCreateInput;
  node: CourseCreateInput;
};

export type SkillTaughtByDeleteFieldInput = {
  delete?: InputMaybe<CourseDeleteInput>;
  where?: InputMaybe<SkillTaughtByConnectionWhere>;
};

export type SkillTaughtByDisconnectFieldInput = {
  disconnect?: InputMaybe<CourseDisconnectInput>;
  where?: InputMaybe<SkillTaughtByConnectionWhere>;
};

export type SkillTaughtByFieldInput = {
  connect?: InputMaybe<Array<SkillTaughtByConnectFieldInput>>;
  create?: InputMaybe<Array<SkillTaughtByCreateFieldInput>>;
};

export type SkillTaughtByNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<SkillTaughtByNodeAggregationWhereInput>>;
  NOT?: InputMaybe<SkillTaughtByNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<SkillTaughtByNodeAggregationWhereInput>>;
  cost?: InputMaybe<FloatScalarAggregationFilters>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  durationMinutes?: InputMaybe<IntScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type SkillTaughtByRelationship = {
  __typename?: 'SkillTaughtByRelationship';
  cursor: Scalars['String']['output'];
  node: Course;
  properties: SkillLevel;
};

export type SkillTaughtByUpdateConnectionInput = {
  edge?: InputMaybe<SkillLevelUpdateInput>;
  node?: InputMaybe<CourseUpdateInput>;
  where?: InputMaybe<SkillTaughtByConnectionWhere>;
};

export type SkillTaughtByUpdateFieldInput = {
  connect?: InputMaybe<Array<SkillTaughtByConnectFieldInput>>;
  create?: InputMaybe<Array<SkillTaughtByCreateFieldInput>>;
  delete?: InputMaybe<Array<SkillTaughtByDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<SkillTaughtByDisconnectFieldInput>>;
  update?: InputMaybe<SkillTaughtByUpdateConnectionInput>;
};

/** ESCO's skill types, plus language and transversal skills as their own kinds. */
export type SkillType =
  | 'KNOWLEDGE'
  | 'LANGUAGE'
  | 'SKILL_COMPETENCE'
  | 'TRANSVERSAL';

/** SkillType filters */
export type SkillTypeEnumScalarFilters = {
  eq?: InputMaybe<SkillType>;
  in?: InputMaybe<Array<SkillType>>;
};

/** SkillType mutations */
export type SkillTypeEnumScalarMutations = {
  set?: InputMaybe<SkillType>;
};

export type SkillUpdateInput = {
  altLabels?: InputMaybe<ListStringMutations>;
  broaderGroups?: InputMaybe<Array<SkillBroaderGroupsUpdateFieldInput>>;
  broaderSkills?: InputMaybe<Array<SkillBroaderSkillsUpdateFieldInput>>;
  certifiedBy?: InputMaybe<Array<SkillCertifiedByUpdateFieldInput>>;
  description?: InputMaybe<StringScalarMutations>;
  heldBy?: InputMaybe<Array<SkillHeldByUpdateFieldInput>>;
  id?: InputMaybe<IdScalarMutations>;
  name?: InputMaybe<StringScalarMutations>;
  narrowerSkills?: InputMaybe<Array<SkillNarrowerSkillsUpdateFieldInput>>;
  relatedSkills?: InputMaybe<Array<SkillRelatedSkillsUpdateFieldInput>>;
  requiredBy?: InputMaybe<Array<SkillRequiredByUpdateFieldInput>>;
  reuseLevel?: InputMaybe<ReuseLevelEnumScalarMutations>;
  tags?: InputMaybe<ListStringMutations>;
  taughtBy?: InputMaybe<Array<SkillTaughtByUpdateFieldInput>>;
  taxonomy?: InputMaybe<TaxonomyEnumScalarMutations>;
  type?: InputMaybe<SkillTypeEnumScalarMutations>;
  uri?: InputMaybe<UrlScalarMutations>;
};

export type SkillWhere = {
  AND?: InputMaybe<Array<SkillWhere>>;
  NOT?: InputMaybe<SkillWhere>;
  OR?: InputMaybe<Array<SkillWhere>>;
  altLabels?: InputMaybe<StringListFilters>;
  broaderGroups?: InputMaybe<SkillGroupRelationshipFilters>;
  broaderGroupsConnection?: InputMaybe<SkillBroaderGroupsConnectionFilters>;
  broaderSkills?: InputMaybe<SkillRelationshipFilters>;
  broaderSkillsConnection?: InputMaybe<SkillBroaderSkillsConnectionFilters>;
  certifiedBy?: InputMaybe<CredentialRelationshipFilters>;
  certifiedByConnection?: InputMaybe<SkillCertifiedByConnectionFilters>;
  description?: InputMaybe<StringScalarFilters>;
  heldBy?: InputMaybe<PersonRelationshipFilters>;
  heldByConnection?: InputMaybe<SkillHeldByConnectionFilters>;
  id?: InputMaybe<IdScalarFilters>;
  name?: InputMaybe<StringScalarFilters>;
  narrowerSkills?: InputMaybe<SkillRelationshipFilters>;
  narrowerSkillsConnection?: InputMaybe<SkillNarrowerSkillsConnectionFilters>;
  relatedSkills?: InputMaybe<SkillRelationshipFilters>;
  relatedSkillsConnection?: InputMaybe<SkillRelatedSkillsConnectionFilters>;
  requiredBy?: InputMaybe<RoleRelationshipFilters>;
  requiredByConnection?: InputMaybe<SkillRequiredByConnectionFilters>;
  reuseLevel?: InputMaybe<ReuseLevelEnumScalarFilters>;
  tags?: InputMaybe<StringListFilters>;
  taughtBy?: InputMaybe<CourseRelationshipFilters>;
  taughtByConnection?: InputMaybe<SkillTaughtByConnectionFilters>;
  taxonomy?: InputMaybe<TaxonomyEnumScalarFilters>;
  type?: InputMaybe<SkillTypeEnumScalarFilters>;
  uri?: InputMaybe<UrlScalarFilters>;
};

export type SkillsConnection = {
  __typename?: 'SkillsConnection';
  aggregate: SkillAggregate;
  edges: Array<SkillEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An enum for sorting in either ascending or descending order. */
export type SortDirection =
  /** Sort by field values in ascending order. */
  | 'ASC'
  /** Sort by field values in descending order. */
  | 'DESC';

export type SpecificityKind =
  /** A requirement's weight is multiplied by ln((N + 1) / n): N roles, n of them requiring the skill. */
  | 'IDF'
  /** Every skill weighs the same. */
  | 'NONE';

export type StackAtRisk = {
  __typename?: 'StackAtRisk';
  credentialId: Scalars['ID']['output'];
  explanation: Scalars['String']['output'];
  /** The person holds an issued, unexpired copy of the stack credential. */
  heldNow: Scalars['Boolean']['output'];
  rule?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

/** One credential in a stack, depth first from the credential asked about (depth 0). */
export type StackEntry = {
  __typename?: 'StackEntry';
  credentialId: Scalars['ID']['output'];
  depth: Scalars['Int']['output'];
  /** Whether the part is mandatory in its parent; null for the credential asked about. */
  mandatory?: Maybe<Scalars['Boolean']['output']>;
  parentId?: Maybe<Scalars['ID']['output']>;
  partCount: Scalars['Int']['output'];
  /** How many of its parts must be complete; null when it has no parts. */
  requiredParts?: Maybe<Scalars['Int']['output']>;
  /** The rule in words, for example 'any 3 of 5 parts, including 1 mandatory'. */
  rule?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

/**
 * The edge properties for the following fields:
 * * Credential.parts
 * * Credential.partOf
 */
export type StackPart = {
  __typename?: 'StackPart';
  mandatory: Scalars['Boolean']['output'];
};

export type StackPartCreateInput = {
  mandatory: Scalars['Boolean']['input'];
};

export type StackPartSort = {
  mandatory?: InputMaybe<SortDirection>;
};

export type StackPartUpdateInput = {
  mandatory?: InputMaybe<BooleanScalarMutations>;
};

export type StackPartWhere = {
  AND?: InputMaybe<Array<StackPartWhere>>;
  NOT?: InputMaybe<StackPartWhere>;
  OR?: InputMaybe<Array<StackPartWhere>>;
  mandatory?: InputMaybe<BooleanScalarFilters>;
};

export type StackRule = {
  __typename?: 'StackRule';
  completeParts: Scalars['Int']['output'];
  credentialId: Scalars['ID']['output'];
  requiredParts: Scalars['Int']['output'];
  rule: Scalars['String']['output'];
  satisfied: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
};

export type StringAggregateSelection = {
  __typename?: 'StringAggregateSelection';
  longest?: Maybe<Scalars['String']['output']>;
  shortest?: Maybe<Scalars['String']['output']>;
};

/** String list filters */
export type StringListFilters = {
  eq?: InputMaybe<Array<Scalars['String']['input']>>;
  includes?: InputMaybe<Scalars['String']['input']>;
};

/** Filters for an aggregation of a string field */
export type StringScalarAggregationFilters = {
  averageLength?: InputMaybe<FloatScalarFilters>;
  longestLength?: InputMaybe<IntScalarFilters>;
  shortestLength?: InputMaybe<IntScalarFilters>;
};

/** String filters */
export type StringScalarFilters = {
  contains?: InputMaybe<Scalars['String']['input']>;
  endsWith?: InputMaybe<Scalars['String']['input']>;
  eq?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  startsWith?: InputMaybe<Scalars['String']['input']>;
};

/** String mutations */
export type StringScalarMutations = {
  set?: InputMaybe<Scalars['String']['input']>;
};

export type SuggestedCourse = {
  __typename?: 'SuggestedCourse';
  cost?: Maybe<Scalars['Float']['output']>;
  courseId: Scalars['ID']['output'];
  currency?: Maybe<Scalars['String']['output']>;
  /** The level the course teaches. */
  level: Scalars['Int']['output'];
  minutes: Scalars['Int']['output'];
  /** True when the course teaches the level the transition needs. */
  reachesLevel: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
};

export type SuggestionStatus =
  | 'ACCEPTED'
  | 'PROPOSED'
  | 'REJECTED';

/** What a suggestion is for: a course (accepted as TEACHES) or a role (accepted as REQUIRES). */
export type SuggestionTarget =
  | 'COURSE'
  | 'ROLE';

/** A way of finding skills in text. */
export type TagMethod =
  /** A skill's preferred or alternative label occurs in the text as a phrase (plural folded, case ignored). */
  | 'EXACT'
  /** Re-ranked up because the occupations that need the text's other skills need this one too (roles' essential skills). */
  | 'GRAPH'
  /** BM25 full-text match of the text's sentences against skills' labels and descriptions. */
  | 'LEXICAL'
  /** Nearest skills to the sentences' embeddings (all-MiniLM-L6-v2, run locally; off when SKILLGRAPH_EMBEDDINGS=off). */
  | 'SEMANTIC';

/** Where a concept comes from. */
export type Taxonomy =
  | 'ESCO'
  | 'INTERNAL'
  | 'ONET';

/** Taxonomy filters */
export type TaxonomyEnumScalarFilters = {
  eq?: InputMaybe<Taxonomy>;
  in?: InputMaybe<Array<Taxonomy>>;
};

/** Taxonomy mutations */
export type TaxonomyEnumScalarMutations = {
  set?: InputMaybe<Taxonomy>;
};

/** A team: its members with their allocation, and the skills it needs. */
export type Team = {
  __typename?: 'Team';
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  members: Array<Person>;
  membersConnection: TeamMembersConnection;
  name: Scalars['String']['output'];
  needs: Array<Skill>;
  needsConnection: TeamNeedsConnection;
  orgUnit?: Maybe<OrgUnit>;
  orgUnitConnection: TeamOrgUnitConnection;
};


/** A team: its members with their allocation, and the skills it needs. */
export type TeamMembersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonSort>>;
  where?: InputMaybe<PersonWhere>;
};


/** A team: its members with their allocation, and the skills it needs. */
export type TeamMembersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TeamMembersConnectionSort>>;
  where?: InputMaybe<TeamMembersConnectionWhere>;
};


/** A team: its members with their allocation, and the skills it needs. */
export type TeamNeedsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SkillSort>>;
  where?: InputMaybe<SkillWhere>;
};


/** A team: its members with their allocation, and the skills it needs. */
export type TeamNeedsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TeamNeedsConnectionSort>>;
  where?: InputMaybe<TeamNeedsConnectionWhere>;
};

export type TeamAggregate = {
  __typename?: 'TeamAggregate';
  count: Count;
  node: TeamAggregateNode;
};

export type TeamAggregateNode = {
  __typename?: 'TeamAggregateNode';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type TeamConnectInput = {
  members?: InputMaybe<Array<TeamMembersConnectFieldInput>>;
  needs?: InputMaybe<Array<TeamNeedsConnectFieldInput>>;
};

export type TeamConnectWhere = {
  node: TeamWhere;
};

export type TeamConstraintsInput = {
  exclude?: InputMaybe<Array<Scalars['ID']['input']>>;
  maxPerOrgUnit?: InputMaybe<Scalars['PositiveInt']['input']>;
  /** Fail with BAD_USER_INPUT when no team this small can cover the requirements. */
  maxSize?: InputMaybe<Scalars['PositiveInt']['input']>;
  /** Only people with at least this share of an FTE free (default 0). */
  minAvailability?: InputMaybe<Scalars['Fraction']['input']>;
  /** People who must be on the team, whatever the other filters say. */
  mustInclude?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only members of these org units or the units below them. */
  orgUnitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type TeamCreateInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  members?: InputMaybe<TeamMembersFieldInput>;
  name: Scalars['String']['input'];
  needs?: InputMaybe<TeamNeedsFieldInput>;
  orgUnit?: InputMaybe<TeamOrgUnitFieldInput>;
};

export type TeamDeleteInput = {
  members?: InputMaybe<Array<TeamMembersDeleteFieldInput>>;
  needs?: InputMaybe<Array<TeamNeedsDeleteFieldInput>>;
  orgUnit?: InputMaybe<TeamOrgUnitDeleteFieldInput>;
};

export type TeamDisconnectInput = {
  members?: InputMaybe<Array<TeamMembersDisconnectFieldInput>>;
  needs?: InputMaybe<Array<TeamNeedsDisconnectFieldInput>>;
};

export type TeamEdge = {
  __typename?: 'TeamEdge';
  cursor: Scalars['String']['output'];
  node: Team;
};

export type TeamEvidence = {
  __typename?: 'TeamEvidence';
  assessedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The evidence policy counted it below its level. */
  capped: Scalars['Boolean']['output'];
  confidence?: Maybe<Scalars['Float']['output']>;
  /** The level it counts at under the evidence policy (as EvidenceUsed.countsAs). */
  countsAs: Scalars['Int']['output'];
  courseId?: Maybe<Scalars['ID']['output']>;
  courseTitle?: Maybe<Scalars['String']['output']>;
  credentialTitle?: Maybe<Scalars['String']['output']>;
  level: Scalars['Int']['output'];
  /** The skill the evidence is about: a narrower skill when viaNarrower (includeNarrower). */
  skillName: Scalars['String']['output'];
  /** As EvidenceUsed.source: INFERRED with a course for a completed course. */
  source: Scalars['String']['output'];
  validUntil?: Maybe<Scalars['DateTime']['output']>;
  verified?: Maybe<Scalars['Boolean']['output']>;
  /** Evidence for a narrower skill, counted one level down for the requirement (includeNarrower). */
  viaNarrower: Scalars['Boolean']['output'];
};

export type TeamMember = {
  __typename?: 'TeamMember';
  /** Sum of the person's allocations to existing teams. */
  allocation: Scalars['Float']['output'];
  availability: Scalars['Float']['output'];
  covers: Array<CoveredRequirement>;
  /** Mean over the requirements of min(level / minLevel, 1); breaks ties between teams of the same size. */
  fit: Scalars['Float']['output'];
  mustInclude: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  orgUnitId?: Maybe<Scalars['ID']['output']>;
  orgUnitName?: Maybe<Scalars['String']['output']>;
  personId: Scalars['ID']['output'];
};

export type TeamMembersConnectFieldInput = {
  connect?: InputMaybe<Array<PersonConnectInput>>;
  edge: TeamMembershipCreateInput;
  where?: InputMaybe<PersonConnectWhere>;
};

export type TeamMembersConnection = {
  __typename?: 'TeamMembersConnection';
  aggregate: TeamPersonMembersAggregateSelection;
  edges: Array<TeamMembersRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TeamMembersConnectionAggregateInput = {
  AND?: InputMaybe<Array<TeamMembersConnectionAggregateInput>>;
  NOT?: InputMaybe<TeamMembersConnectionAggregateInput>;
  OR?: InputMaybe<Array<TeamMembersConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<TeamMembershipAggregationWhereInput>;
  node?: InputMaybe<TeamMembersNodeAggregationWhereInput>;
};

export type TeamMembersConnectionFilters = {
  /** Filter Teams by aggregating results on related TeamMembersConnections */
  aggregate?: InputMaybe<TeamMembersConnectionAggregateInput>;
  /** Return Teams where all of the related TeamMembersConnections match this filter */
  all?: InputMaybe<TeamMembersConnectionWhere>;
  /** Return Teams where none of the related TeamMembersConnections match this filter */
  none?: InputMaybe<TeamMembersConnectionWhere>;
  /** Return Teams where one of the related TeamMembersConnections match this filter */
  single?: InputMaybe<TeamMembersConnectionWhere>;
  /** Return Teams where some of the related TeamMembersConnections match this filter */
  some?: InputMaybe<TeamMembersConnectionWhere>;
};

export type TeamMembersConnectionSort = {
  edge?: InputMaybe<TeamMembershipSort>;
  node?: InputMaybe<PersonSort>;
};

export type TeamMembersConnectionWhere = {
  AND?: InputMaybe<Array<TeamMembersConnectionWhere>>;
  NOT?: InputMaybe<TeamMembersConnectionWhere>;
  OR?: InputMaybe<Array<TeamMembersConnectionWhere>>;
  edge?: InputMaybe<TeamMembershipWhere>;
  node?: InputMaybe<PersonWhere>;
};

export type TeamMembersCreateFieldInput = {
  edge: TeamMembershipCreateInput;
  node: PersonCreateInput;
};

export type TeamMembersDeleteFieldInput = {
  delete?: InputMaybe<PersonDeleteInput>;
  where?: InputMaybe<TeamMembersConnectionWhere>;
};

export type TeamMembersDisconnectFieldInput = {
  disconnect?: InputMaybe<PersonDisconnectInput>;
  where?: InputMaybe<TeamMembersConnectionWhere>;
};

export type TeamMembersFieldInput = {
  connect?: InputMaybe<Array<TeamMembersConnectFieldInput>>;
  create?: InputMaybe<Array<TeamMembersCreateFieldInput>>;
};

export type TeamMembersNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<TeamMembersNodeAggregationWhereInput>>;
  NOT?: InputMaybe<TeamMembersNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<TeamMembersNodeAggregationWhereInput>>;
  availability?: InputMaybe<FloatScalarAggregationFilters>;
  location?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type TeamMembersRelationship = {
  __typename?: 'TeamMembersRelationship';
  cursor: Scalars['String']['output'];
  node: Person;
  properties: TeamMembership;
};

export type TeamMembersUpdateConnectionInput = {
  edge?: InputMaybe<TeamMembershipUpdateInput>;
  node?: InputMaybe<PersonUpdateInput>;
  where?: InputMaybe<TeamMembersConnectionWhere>;
};

export type TeamMembersUpdateFieldInput = {
  connect?: InputMaybe<Array<TeamMembersConnectFieldInput>>;
  create?: InputMaybe<Array<TeamMembersCreateFieldInput>>;
  delete?: InputMaybe<Array<TeamMembersDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<TeamMembersDisconnectFieldInput>>;
  update?: InputMaybe<TeamMembersUpdateConnectionInput>;
};

/**
 * The edge properties for the following fields:
 * * Team.members
 * * Person.teams
 */
export type TeamMembership = {
  __typename?: 'TeamMembership';
  /**
   * Share of the person's time on the team, 0 to 1.
   * Allowed: a number from 0 to 1.
   */
  allocation: Scalars['Float']['output'];
};

export type TeamMembershipAggregationWhereInput = {
  AND?: InputMaybe<Array<TeamMembershipAggregationWhereInput>>;
  NOT?: InputMaybe<TeamMembershipAggregationWhereInput>;
  OR?: InputMaybe<Array<TeamMembershipAggregationWhereInput>>;
  allocation?: InputMaybe<FloatScalarAggregationFilters>;
};

export type TeamMembershipCreateInput = {
  /** Allowed: a number from 0 to 1. */
  allocation: Scalars['Float']['input'];
};

export type TeamMembershipSort = {
  allocation?: InputMaybe<SortDirection>;
};

export type TeamMembershipUpdateInput = {
  /** Allowed: a number from 0 to 1. */
  allocation?: InputMaybe<FloatScalarMutations>;
};

export type TeamMembershipWhere = {
  AND?: InputMaybe<Array<TeamMembershipWhere>>;
  NOT?: InputMaybe<TeamMembershipWhere>;
  OR?: InputMaybe<Array<TeamMembershipWhere>>;
  allocation?: InputMaybe<FloatScalarFilters>;
};

/**
 * The edge properties for the following fields:
 * * Team.needs
 */
export type TeamNeed = {
  __typename?: 'TeamNeed';
  /** Allowed: a whole number of 1 or more. */
  count: Scalars['Int']['output'];
  /** Allowed: a whole number from 1 to 5. */
  level: Scalars['Int']['output'];
};

export type TeamNeedAggregationWhereInput = {
  AND?: InputMaybe<Array<TeamNeedAggregationWhereInput>>;
  NOT?: InputMaybe<TeamNeedAggregationWhereInput>;
  OR?: InputMaybe<Array<TeamNeedAggregationWhereInput>>;
  count?: InputMaybe<IntScalarAggregationFilters>;
  level?: InputMaybe<IntScalarAggregationFilters>;
};

export type TeamNeedCreateInput = {
  /** Allowed: a whole number of 1 or more. */
  count: Scalars['Int']['input'];
  /** Allowed: a whole number from 1 to 5. */
  level: Scalars['Int']['input'];
};

export type TeamNeedSort = {
  count?: InputMaybe<SortDirection>;
  level?: InputMaybe<SortDirection>;
};

export type TeamNeedUpdateInput = {
  /** Allowed: a whole number of 1 or more. */
  count?: InputMaybe<IntScalarMutations>;
  /** Allowed: a whole number from 1 to 5. */
  level?: InputMaybe<IntScalarMutations>;
};

export type TeamNeedWhere = {
  AND?: InputMaybe<Array<TeamNeedWhere>>;
  NOT?: InputMaybe<TeamNeedWhere>;
  OR?: InputMaybe<Array<TeamNeedWhere>>;
  count?: InputMaybe<IntScalarFilters>;
  level?: InputMaybe<IntScalarFilters>;
};

export type TeamNeedsConnectFieldInput = {
  connect?: InputMaybe<Array<SkillConnectInput>>;
  edge: TeamNeedCreateInput;
  where?: InputMaybe<SkillConnectWhere>;
};

export type TeamNeedsConnection = {
  __typename?: 'TeamNeedsConnection';
  aggregate: TeamSkillNeedsAggregateSelection;
  edges: Array<TeamNeedsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TeamNeedsConnectionAggregateInput = {
  AND?: InputMaybe<Array<TeamNeedsConnectionAggregateInput>>;
  NOT?: InputMaybe<TeamNeedsConnectionAggregateInput>;
  OR?: InputMaybe<Array<TeamNeedsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<TeamNeedAggregationWhereInput>;
  node?: InputMaybe<TeamNeedsNodeAggregationWhereInput>;
};

export type TeamNeedsConnectionFilters = {
  /** Filter Teams by aggregating results on related TeamNeedsConnections */
  aggregate?: InputMaybe<TeamNeedsConnectionAggregateInput>;
  /** Return Teams where all of the related TeamNeedsConnections match this filter */
  all?: InputMaybe<TeamNeedsConnectionWhere>;
  /** Return Teams where none of the related TeamNeedsConnections match this filter */
  none?: InputMaybe<TeamNeedsConnectionWhere>;
  /** Return Teams where one of the related TeamNeedsConnections match this filter */
  single?: InputMaybe<TeamNeedsConnectionWhere>;
  /** Return Teams where some of the related TeamNeedsConnections match this filter */
  some?: InputMaybe<TeamNeedsConnectionWhere>;
};

export type TeamNeedsConnectionSort = {
  edge?: InputMaybe<TeamNeedSort>;
  node?: InputMaybe<SkillSort>;
};

export type TeamNeedsConnectionWhere = {
  AND?: InputMaybe<Array<TeamNeedsConnectionWhere>>;
  NOT?: InputMaybe<TeamNeedsConnectionWhere>;
  OR?: InputMaybe<Array<TeamNeedsConnectionWhere>>;
  edge?: InputMaybe<TeamNeedWhere>;
  node?: InputMaybe<SkillWhere>;
};

export type TeamNeedsCreateFieldInput = {
  edge: TeamNeedCreateInput;
  node: SkillCreateInput;
};

export type TeamNeedsDeleteFieldInput = {
  delete?: InputMaybe<SkillDeleteInput>;
  where?: InputMaybe<TeamNeedsConnectionWhere>;
};

export type TeamNeedsDisconnectFieldInput = {
  disconnect?: InputMaybe<SkillDisconnectInput>;
  where?: InputMaybe<TeamNeedsConnectionWhere>;
};

export type TeamNeedsFieldInput = {
  connect?: InputMaybe<Array<TeamNeedsConnectFieldInput>>;
  create?: InputMaybe<Array<TeamNeedsCreateFieldInput>>;
};

export type TeamNeedsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<TeamNeedsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<TeamNeedsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<TeamNeedsNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type TeamNeedsRelationship = {
  __typename?: 'TeamNeedsRelationship';
  cursor: Scalars['String']['output'];
  node: Skill;
  properties: TeamNeed;
};

export type TeamNeedsUpdateConnectionInput = {
  edge?: InputMaybe<TeamNeedUpdateInput>;
  node?: InputMaybe<SkillUpdateInput>;
  where?: InputMaybe<TeamNeedsConnectionWhere>;
};

export type TeamNeedsUpdateFieldInput = {
  connect?: InputMaybe<Array<TeamNeedsConnectFieldInput>>;
  create?: InputMaybe<Array<TeamNeedsCreateFieldInput>>;
  delete?: InputMaybe<Array<TeamNeedsDeleteFieldInput>>;
  disconnect?: InputMaybe<Array<TeamNeedsDisconnectFieldInput>>;
  update?: InputMaybe<TeamNeedsUpdateConnectionInput>;
};

export type TeamOrgUnitConnection = {
  __typename?: 'TeamOrgUnitConnection';
  edges: Array<TeamOrgUnitRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TeamOrgUnitConnectionWhere = {
  AND?: InputMaybe<Array<TeamOrgUnitConnectionWhere>>;
  NOT?: InputMaybe<TeamOrgUnitConnectionWhere>;
  OR?: InputMaybe<Array<TeamOrgUnitConnectionWhere>>;
  node?: InputMaybe<OrgUnitWhere>;
};

export type TeamOrgUnitCreateFieldInput = {
  node: OrgUnitCreateInput;
};

export type TeamOrgUnitDeleteFieldInput = {
  delete?: InputMaybe<OrgUnitDeleteInput>;
  where?: InputMaybe<TeamOrgUnitConnectionWhere>;
};

export type TeamOrgUnitFieldInput = {
  create?: InputMaybe<TeamOrgUnitCreateFieldInput>;
};

export type TeamOrgUnitRelationship = {
  __typename?: 'TeamOrgUnitRelationship';
  cursor: Scalars['String']['output'];
  node: OrgUnit;
};

export type TeamPersonMembersAggregateSelection = {
  __typename?: 'TeamPersonMembersAggregateSelection';
  count: CountConnection;
  edge?: Maybe<TeamPersonMembersEdgeAggregateSelection>;
  node?: Maybe<TeamPersonMembersNodeAggregateSelection>;
};

export type TeamPersonMembersEdgeAggregateSelection = {
  __typename?: 'TeamPersonMembersEdgeAggregateSelection';
  allocation: FloatAggregateSelection;
};

export type TeamPersonMembersNodeAggregateSelection = {
  __typename?: 'TeamPersonMembersNodeAggregateSelection';
  availability: FloatAggregateSelection;
  location: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type TeamRelationshipFilters = {
  /** Filter type where all of the related Teams match this filter */
  all?: InputMaybe<TeamWhere>;
  /** Filter type where none of the related Teams match this filter */
  none?: InputMaybe<TeamWhere>;
  /** Filter type where one of the related Teams match this filter */
  single?: InputMaybe<TeamWhere>;
  /** Filter type where some of the related Teams match this filter */
  some?: InputMaybe<TeamWhere>;
};

/** A team requirement: `count` members (default 1) at `minLevel` or above in the skill. */
export type TeamRequirementInput = {
  count?: InputMaybe<Scalars['PositiveInt']['input']>;
  minLevel: Scalars['Proficiency']['input'];
  skillId: Scalars['ID']['input'];
};

export type TeamSkillNeedsAggregateSelection = {
  __typename?: 'TeamSkillNeedsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<TeamSkillNeedsEdgeAggregateSelection>;
  node?: Maybe<TeamSkillNeedsNodeAggregateSelection>;
};

export type TeamSkillNeedsEdgeAggregateSelection = {
  __typename?: 'TeamSkillNeedsEdgeAggregateSelection';
  count: IntAggregateSelection;
  level: IntAggregateSelection;
};

export type TeamSkillNeedsNodeAggregateSelection = {
  __typename?: 'TeamSkillNeedsNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type TeamSolver =
  | 'EXACT'
  | 'GREEDY';

/** Fields to sort Teams by. The order in which sorts are applied is not guaranteed when specifying many fields in one TeamSort object. */
export type TeamSort = {
  description?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
};

export type TeamUpdateInput = {
  description?: InputMaybe<StringScalarMutations>;
  id?: InputMaybe<IdScalarMutations>;
  members?: InputMaybe<Array<TeamMembersUpdateFieldInput>>;
  name?: InputMaybe<StringScalarMutations>;
  needs?: InputMaybe<Array<TeamNeedsUpdateFieldInput>>;
};

export type TeamWhere = {
  AND?: InputMaybe<Array<TeamWhere>>;
  NOT?: InputMaybe<TeamWhere>;
  OR?: InputMaybe<Array<TeamWhere>>;
  description?: InputMaybe<StringScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  members?: InputMaybe<PersonRelationshipFilters>;
  membersConnection?: InputMaybe<TeamMembersConnectionFilters>;
  name?: InputMaybe<StringScalarFilters>;
  needs?: InputMaybe<SkillRelationshipFilters>;
  needsConnection?: InputMaybe<TeamNeedsConnectionFilters>;
  orgUnit?: InputMaybe<OrgUnitWhere>;
  orgUnitConnection?: InputMaybe<TeamOrgUnitConnectionWhere>;
};

export type TeamsConnection = {
  __typename?: 'TeamsConnection';
  aggregate: TeamAggregate;
  edges: Array<TeamEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A stretch of the text a tag was found in: character offsets (end exclusive) and the text itself. */
export type TextSpan = {
  __typename?: 'TextSpan';
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

/** A skill to acquire for a transition, and its share of the cost. */
export type TransitionGap = {
  __typename?: 'TransitionGap';
  /** This requirement's share of the cost before any observed-move discount: weight x deficit / required level / total weight. */
  contribution: Scalars['Float']['output'];
  deficit: Scalars['Int']['output'];
  fromLevel: Scalars['Int']['output'];
  importance: Importance;
  requiredLevel: Scalars['Int']['output'];
  skillId: Scalars['ID']['output'];
  skillName: Scalars['String']['output'];
  /** The skill's specificity factor (1 when specificity is off). */
  specificity: Scalars['Float']['output'];
  /** Up to three courses teaching the skill: those reaching the level first, then the shortest. Batched per request. */
  suggestedCourses: Array<SuggestedCourse>;
  /** Importance weight times specificity. */
  weight: Scalars['Float']['output'];
};

/** Where a transition starts: a role (its requirement levels) or a person (their effective levels now). */
export type TransitionStart = {
  __typename?: 'TransitionStart';
  id: Scalars['ID']['output'];
  kind: TransitionStartKind;
  name: Scalars['String']['output'];
  /** The role itself, or the person's current role: observed moves out of it apply to the first step. */
  roleId?: Maybe<Scalars['ID']['output']>;
};

export type TransitionStartKind =
  | 'PERSON'
  | 'ROLE';

/** How transition costs were weighed (README, 'Mobility'). */
export type TransitionWeighting = {
  __typename?: 'TransitionWeighting';
  essentialWeight: Scalars['Float']['output'];
  /** The largest share of a cost that observed internal moves remove. */
  maxMoveDiscount: Scalars['Float']['output'];
  /** Observed moves at which the full discount applies. */
  moveSaturation: Scalars['Int']['output'];
  optionalWeight: Scalars['Float']['output'];
  /** Roles in the graph (N). */
  roleCount: Scalars['Int']['output'];
  specificity: SpecificityKind;
};

/** URL filters */
export type UrlScalarFilters = {
  eq?: InputMaybe<Scalars['URL']['input']>;
  in?: InputMaybe<Array<Scalars['URL']['input']>>;
};

/** URL filters */
export type UrlScalarMutations = {
  set?: InputMaybe<Scalars['URL']['input']>;
};

export type UncoveredRequirement = {
  __typename?: 'UncoveredRequirement';
  available: Scalars['Int']['output'];
  /** The best valid level anyone in scope holds (0: nobody). */
  bestLevel: Scalars['Int']['output'];
  count: Scalars['Int']['output'];
  explanation: Scalars['String']['output'];
  minLevel: Scalars['Int']['output'];
  skillId: Scalars['ID']['output'];
  skillName: Scalars['String']['output'];
};

export type UnmappedAlignment = {
  __typename?: 'UnmappedAlignment';
  reason: Scalars['String']['output'];
  targetName?: Maybe<Scalars['String']['output']>;
  targetUrl?: Maybe<Scalars['String']['output']>;
};

export type UpdateCoursesMutationResponse = {
  __typename?: 'UpdateCoursesMutationResponse';
  courses: Array<Course>;
  info: UpdateInfo;
};

export type UpdateCredentialsMutationResponse = {
  __typename?: 'UpdateCredentialsMutationResponse';
  credentials: Array<Credential>;
  info: UpdateInfo;
};

/** Information about the number of nodes and relationships created and deleted during an update mutation */
export type UpdateInfo = {
  __typename?: 'UpdateInfo';
  nodesCreated: Scalars['Int']['output'];
  nodesDeleted: Scalars['Int']['output'];
  relationshipsCreated: Scalars['Int']['output'];
  relationshipsDeleted: Scalars['Int']['output'];
};

export type UpdateOccupationGroupsMutationResponse = {
  __typename?: 'UpdateOccupationGroupsMutationResponse';
  info: UpdateInfo;
  occupationGroups: Array<OccupationGroup>;
};

export type UpdateOrgUnitsMutationResponse = {
  __typename?: 'UpdateOrgUnitsMutationResponse';
  info: UpdateInfo;
  orgUnits: Array<OrgUnit>;
};

export type UpdateOrganizationsMutationResponse = {
  __typename?: 'UpdateOrganizationsMutationResponse';
  info: UpdateInfo;
  organizations: Array<Organization>;
};

export type UpdatePeopleMutationResponse = {
  __typename?: 'UpdatePeopleMutationResponse';
  info: UpdateInfo;
  people: Array<Person>;
};

export type UpdateRolesMutationResponse = {
  __typename?: 'UpdateRolesMutationResponse';
  info: UpdateInfo;
  roles: Array<Role>;
};

export type UpdateSkillGroupsMutationResponse = {
  __typename?: 'UpdateSkillGroupsMutationResponse';
  info: UpdateInfo;
  skillGroups: Array<SkillGroup>;
};

export type UpdateSkillsMutationResponse = {
  __typename?: 'UpdateSkillsMutationResponse';
  info: UpdateInfo;
  skills: Array<Skill>;
};

export type UpdateTeamsMutationResponse = {
  __typename?: 'UpdateTeamsMutationResponse';
  info: UpdateInfo;
  teams: Array<Team>;
};

/** One credential a person holds, as their wallet shows it (README, 'Portable credentials'). */
export type WalletEntry = {
  __typename?: 'WalletEntry';
  credentialId: Scalars['ID']['output'];
  /** The expiry as issued (a revocation does not change it). */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque: names the holding in exportCredential and revokeCredential. */
  holdingId: Scalars['ID']['output'];
  /** Imported with importCredential: issued and signed by another deployment. */
  imported: Scalars['Boolean']['output'];
  issuedAt: Scalars['DateTime']['output'];
  /** The issuing organisation: the holding's issuer, else the credential's awarding body, else (imported) the issuer id of the deployment that signed it; null when none (not exportable). */
  issuer?: Maybe<NamedRef>;
  revocationReason?: Maybe<Scalars['String']['output']>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  status: WalletStatus;
  title: Scalars['String']['output'];
  verified: Scalars['Boolean']['output'];
};

/** Where a holding in a wallet stands now. */
export type WalletStatus =
  | 'EXPIRED'
  | 'REVOKED'
  | 'VALID';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccessRecord: ResolverTypeWrapper<AccessRecord>;
  AdjacentRoles: ResolverTypeWrapper<Omit<AdjacentRoles, 'roles'> & { roles: Array<ResolversTypes['RoleTransition']> }>;
  AssessmentType: AssessmentType;
  AssessmentTypeEnumScalarFilters: AssessmentTypeEnumScalarFilters;
  AssessmentTypeEnumScalarMutations: AssessmentTypeEnumScalarMutations;
  Audience: Audience;
  BenchStrength: ResolverTypeWrapper<BenchStrength>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BooleanScalarFilters: BooleanScalarFilters;
  BooleanScalarMutations: BooleanScalarMutations;
  CandidateFilter: CandidateFilter;
  CandidatePageInfo: ResolverTypeWrapper<CandidatePageInfo>;
  CareerPath: ResolverTypeWrapper<Omit<CareerPath, 'steps'> & { steps: Array<ResolversTypes['RoleTransition']> }>;
  CareerPaths: ResolverTypeWrapper<Omit<CareerPaths, 'closestReachable' | 'paths'> & { closestReachable?: Maybe<ResolversTypes['ClosestReachable']>, paths: Array<ResolversTypes['CareerPath']> }>;
  CareerStart: CareerStart;
  ClaimReceipt: ResolverTypeWrapper<ClaimReceipt>;
  ClosestReachable: ResolverTypeWrapper<Omit<ClosestReachable, 'path'> & { path: ResolversTypes['CareerPath'] }>;
  Completion: ResolverTypeWrapper<Completion>;
  CompletionAggregationWhereInput: CompletionAggregationWhereInput;
  CompletionCreateInput: CompletionCreateInput;
  CompletionReceipt: ResolverTypeWrapper<CompletionReceipt>;
  CompletionSort: CompletionSort;
  CompletionUpdateInput: CompletionUpdateInput;
  CompletionWhere: CompletionWhere;
  ComplianceElement: ResolverTypeWrapper<ComplianceElement>;
  ComposedTeam: ResolverTypeWrapper<ComposedTeam>;
  ConnectionAggregationCountFilterInput: ConnectionAggregationCountFilterInput;
  Count: ResolverTypeWrapper<Count>;
  CountConnection: ResolverTypeWrapper<CountConnection>;
  CountryCode: ResolverTypeWrapper<Scalars['CountryCode']['output']>;
  CountryCodeScalarFilters: CountryCodeScalarFilters;
  CountryCodeScalarMutations: CountryCodeScalarMutations;
  Course: ResolverTypeWrapper<Course>;
  CourseAggregate: ResolverTypeWrapper<CourseAggregate>;
  CourseAggregateNode: ResolverTypeWrapper<CourseAggregateNode>;
  CourseCompletedByConnectFieldInput: CourseCompletedByConnectFieldInput;
  CourseCompletedByConnection: ResolverTypeWrapper<CourseCompletedByConnection>;
  CourseCompletedByConnectionAggregateInput: CourseCompletedByConnectionAggregateInput;
  CourseCompletedByConnectionFilters: CourseCompletedByConnectionFilters;
  CourseCompletedByConnectionSort: CourseCompletedByConnectionSort;
  CourseCompletedByConnectionWhere: CourseCompletedByConnectionWhere;
  CourseCompletedByCreateFieldInput: CourseCompletedByCreateFieldInput;
  CourseCompletedByDeleteFieldInput: CourseCompletedByDeleteFieldInput;
  CourseCompletedByDisconnectFieldInput: CourseCompletedByDisconnectFieldInput;
  CourseCompletedByFieldInput: CourseCompletedByFieldInput;
  CourseCompletedByNodeAggregationWhereInput: CourseCompletedByNodeAggregationWhereInput;
  CourseCompletedByRelationship: ResolverTypeWrapper<CourseCompletedByRelationship>;
  CourseCompletedByUpdateConnectionInput: CourseCompletedByUpdateConnectionInput;
  CourseCompletedByUpdateFieldInput: CourseCompletedByUpdateFieldInput;
  CourseConnectInput: CourseConnectInput;
  CourseConnectWhere: CourseConnectWhere;
  CourseCreateInput: CourseCreateInput;
  CourseCredentialPreparesForAggregateSelection: ResolverTypeWrapper<CourseCredentialPreparesForAggregateSelection>;
  CourseCredentialPreparesForNodeAggregateSelection: ResolverTypeWrapper<CourseCredentialPreparesForNodeAggregateSelection>;
  CourseDeleteInput: CourseDeleteInput;
  CourseDisconnectInput: CourseDisconnectInput;
  CourseEdge: ResolverTypeWrapper<CourseEdge>;
  CoursePersonCompletedByAggregateSelection: ResolverTypeWrapper<CoursePersonCompletedByAggregateSelection>;
  CoursePersonCompletedByEdgeAggregateSelection: ResolverTypeWrapper<CoursePersonCompletedByEdgeAggregateSelection>;
  CoursePersonCompletedByNodeAggregateSelection: ResolverTypeWrapper<CoursePersonCompletedByNodeAggregateSelection>;
  CoursePreparesForConnectFieldInput: CoursePreparesForConnectFieldInput;
  CoursePreparesForConnection: ResolverTypeWrapper<CoursePreparesForConnection>;
  CoursePreparesForConnectionAggregateInput: CoursePreparesForConnectionAggregateInput;
  CoursePreparesForConnectionFilters: CoursePreparesForConnectionFilters;
  CoursePreparesForConnectionSort: CoursePreparesForConnectionSort;
  CoursePreparesForConnectionWhere: CoursePreparesForConnectionWhere;
  CoursePreparesForCreateFieldInput: CoursePreparesForCreateFieldInput;
  CoursePreparesForDeleteFieldInput: CoursePreparesForDeleteFieldInput;
  CoursePreparesForDisconnectFieldInput: CoursePreparesForDisconnectFieldInput;
  CoursePreparesForFieldInput: CoursePreparesForFieldInput;
  CoursePreparesForNodeAggregationWhereInput: CoursePreparesForNodeAggregationWhereInput;
  CoursePreparesForRelationship: ResolverTypeWrapper<CoursePreparesForRelationship>;
  CoursePreparesForUpdateConnectionInput: CoursePreparesForUpdateConnectionInput;
  CoursePreparesForUpdateFieldInput: CoursePreparesForUpdateFieldInput;
  CoursePrerequisitesConnectFieldInput: CoursePrerequisitesConnectFieldInput;
  CoursePrerequisitesConnection: ResolverTypeWrapper<CoursePrerequisitesConnection>;
  CoursePrerequisitesConnectionAggregateInput: CoursePrerequisitesConnectionAggregateInput;
  CoursePrerequisitesConnectionFilters: CoursePrerequisitesConnectionFilters;
  CoursePrerequisitesConnectionSort: CoursePrerequisitesConnectionSort;
  CoursePrerequisitesConnectionWhere: CoursePrerequisitesConnectionWhere;
  CoursePrerequisitesCreateFieldInput: CoursePrerequisitesCreateFieldInput;
  CoursePrerequisitesDeleteFieldInput: CoursePrerequisitesDeleteFieldInput;
  CoursePrerequisitesDisconnectFieldInput: CoursePrerequisitesDisconnectFieldInput;
  CoursePrerequisitesFieldInput: CoursePrerequisitesFieldInput;
  CoursePrerequisitesNodeAggregationWhereInput: CoursePrerequisitesNodeAggregationWhereInput;
  CoursePrerequisitesRelationship: ResolverTypeWrapper<CoursePrerequisitesRelationship>;
  CoursePrerequisitesUpdateConnectionInput: CoursePrerequisitesUpdateConnectionInput;
  CoursePrerequisitesUpdateFieldInput: CoursePrerequisitesUpdateFieldInput;
  CourseProviderConnection: ResolverTypeWrapper<CourseProviderConnection>;
  CourseProviderConnectionWhere: CourseProviderConnectionWhere;
  CourseProviderCreateFieldInput: CourseProviderCreateFieldInput;
  CourseProviderDeleteFieldInput: CourseProviderDeleteFieldInput;
  CourseProviderFieldInput: CourseProviderFieldInput;
  CourseProviderRelationship: ResolverTypeWrapper<CourseProviderRelationship>;
  CourseRelationshipFilters: CourseRelationshipFilters;
  CourseSkillPrerequisitesAggregateSelection: ResolverTypeWrapper<CourseSkillPrerequisitesAggregateSelection>;
  CourseSkillPrerequisitesEdgeAggregateSelection: ResolverTypeWrapper<CourseSkillPrerequisitesEdgeAggregateSelection>;
  CourseSkillPrerequisitesNodeAggregateSelection: ResolverTypeWrapper<CourseSkillPrerequisitesNodeAggregateSelection>;
  CourseSkillTeachesAggregateSelection: ResolverTypeWrapper<CourseSkillTeachesAggregateSelection>;
  CourseSkillTeachesEdgeAggregateSelection: ResolverTypeWrapper<CourseSkillTeachesEdgeAggregateSelection>;
  CourseSkillTeachesNodeAggregateSelection: ResolverTypeWrapper<CourseSkillTeachesNodeAggregateSelection>;
  CourseSort: CourseSort;
  CourseTeachesConnectFieldInput: CourseTeachesConnectFieldInput;
  CourseTeachesConnection: ResolverTypeWrapper<CourseTeachesConnection>;
  CourseTeachesConnectionAggregateInput: CourseTeachesConnectionAggregateInput;
  CourseTeachesConnectionFilters: CourseTeachesConnectionFilters;
  CourseTeachesConnectionSort: CourseTeachesConnectionSort;
  CourseTeachesConnectionWhere: CourseTeachesConnectionWhere;
  CourseTeachesCreateFieldInput: CourseTeachesCreateFieldInput;
  CourseTeachesDeleteFieldInput: CourseTeachesDeleteFieldInput;
  CourseTeachesDisconnectFieldInput: CourseTeachesDisconnectFieldInput;
  CourseTeachesFieldInput: CourseTeachesFieldInput;
  CourseTeachesNodeAggregationWhereInput: CourseTeachesNodeAggregationWhereInput;
  CourseTeachesRelationship: ResolverTypeWrapper<CourseTeachesRelationship>;
  CourseTeachesUpdateConnectionInput: CourseTeachesUpdateConnectionInput;
  CourseTeachesUpdateFieldInput: CourseTeachesUpdateFieldInput;
  CourseUpdateInput: CourseUpdateInput;
  CourseWhere: CourseWhere;
  CoursesConnection: ResolverTypeWrapper<CoursesConnection>;
  CoveredRequirement: ResolverTypeWrapper<CoveredRequirement>;
  CreateCoursesMutationResponse: ResolverTypeWrapper<CreateCoursesMutationResponse>;
  CreateCredentialsMutationResponse: ResolverTypeWrapper<CreateCredentialsMutationResponse>;
  CreateInfo: ResolverTypeWrapper<CreateInfo>;
  CreateOccupationGroupsMutationResponse: ResolverTypeWrapper<CreateOccupationGroupsMutationResponse>;
  CreateOrgUnitsMutationResponse: ResolverTypeWrapper<CreateOrgUnitsMutationResponse>;
  CreateOrganizationsMutationResponse: ResolverTypeWrapper<CreateOrganizationsMutationResponse>;
  CreatePeopleMutationResponse: ResolverTypeWrapper<CreatePeopleMutationResponse>;
  CreateRolesMutationResponse: ResolverTypeWrapper<CreateRolesMutationResponse>;
  CreateSkillGroupsMutationResponse: ResolverTypeWrapper<CreateSkillGroupsMutationResponse>;
  CreateSkillsMutationResponse: ResolverTypeWrapper<CreateSkillsMutationResponse>;
  CreateTeamsMutationResponse: ResolverTypeWrapper<CreateTeamsMutationResponse>;
  Credential: ResolverTypeWrapper<Credential>;
  CredentialAggregate: ResolverTypeWrapper<CredentialAggregate>;
  CredentialAggregateNode: ResolverTypeWrapper<CredentialAggregateNode>;
  CredentialAwardingBodyConnection: ResolverTypeWrapper<CredentialAwardingBodyConnection>;
  CredentialAwardingBodyConnectionWhere: CredentialAwardingBodyConnectionWhere;
  CredentialAwardingBodyCreateFieldInput: CredentialAwardingBodyCreateFieldInput;
  CredentialAwardingBodyDeleteFieldInput: CredentialAwardingBodyDeleteFieldInput;
  CredentialAwardingBodyFieldInput: CredentialAwardingBodyFieldInput;
  CredentialAwardingBodyRelationship: ResolverTypeWrapper<CredentialAwardingBodyRelationship>;
  CredentialCertifiesConnectFieldInput: CredentialCertifiesConnectFieldInput;
  CredentialCertifiesConnection: ResolverTypeWrapper<CredentialCertifiesConnection>;
  CredentialCertifiesConnectionAggregateInput: CredentialCertifiesConnectionAggregateInput;
  CredentialCertifiesConnectionFilters: CredentialCertifiesConnectionFilters;
  CredentialCertifiesConnectionSort: CredentialCertifiesConnectionSort;
  CredentialCertifiesConnectionWhere: CredentialCertifiesConnectionWhere;
  CredentialCertifiesCreateFieldInput: CredentialCertifiesCreateFieldInput;
  CredentialCertifiesDeleteFieldInput: CredentialCertifiesDeleteFieldInput;
  CredentialCertifiesDisconnectFieldInput: CredentialCertifiesDisconnectFieldInput;
  CredentialCertifiesFieldInput: CredentialCertifiesFieldInput;
  CredentialCertifiesNodeAggregationWhereInput: CredentialCertifiesNodeAggregationWhereInput;
  CredentialCertifiesRelationship: ResolverTypeWrapper<CredentialCertifiesRelationship>;
  CredentialCertifiesUpdateConnectionInput: CredentialCertifiesUpdateConnectionInput;
  CredentialCertifiesUpdateFieldInput: CredentialCertifiesUpdateFieldInput;
  CredentialCheck: ResolverTypeWrapper<CredentialCheck>;
  CredentialCompliance: ResolverTypeWrapper<CredentialCompliance>;
  CredentialConnectInput: CredentialConnectInput;
  CredentialConnectWhere: CredentialConnectWhere;
  CredentialCoursePreparedByAggregateSelection: ResolverTypeWrapper<CredentialCoursePreparedByAggregateSelection>;
  CredentialCoursePreparedByNodeAggregateSelection: ResolverTypeWrapper<CredentialCoursePreparedByNodeAggregateSelection>;
  CredentialCreateInput: CredentialCreateInput;
  CredentialCredentialPartOfAggregateSelection: ResolverTypeWrapper<CredentialCredentialPartOfAggregateSelection>;
  CredentialCredentialPartOfNodeAggregateSelection: ResolverTypeWrapper<CredentialCredentialPartOfNodeAggregateSelection>;
  CredentialCredentialPartsAggregateSelection: ResolverTypeWrapper<CredentialCredentialPartsAggregateSelection>;
  CredentialCredentialPartsNodeAggregateSelection: ResolverTypeWrapper<CredentialCredentialPartsNodeAggregateSelection>;
  CredentialCredentialPrerequisitesAggregateSelection: ResolverTypeWrapper<CredentialCredentialPrerequisitesAggregateSelection>;
  CredentialCredentialPrerequisitesNodeAggregateSelection: ResolverTypeWrapper<CredentialCredentialPrerequisitesNodeAggregateSelection>;
  CredentialDeleteInput: CredentialDeleteInput;
  CredentialDisconnectInput: CredentialDisconnectInput;
  CredentialEdge: ResolverTypeWrapper<CredentialEdge>;
  CredentialHolder: ResolverTypeWrapper<CredentialHolder>;
  CredentialHolders: ResolverTypeWrapper<CredentialHolders>;
  CredentialHoldersConnectFieldInput: CredentialHoldersConnectFieldInput;
  CredentialHoldersConnection: ResolverTypeWrapper<CredentialHoldersConnection>;
  CredentialHoldersConnectionAggregateInput: CredentialHoldersConnectionAggregateInput;
  CredentialHoldersConnectionFilters: CredentialHoldersConnectionFilters;
  CredentialHoldersConnectionSort: CredentialHoldersConnectionSort;
  CredentialHoldersConnectionWhere: CredentialHoldersConnectionWhere;
  CredentialHoldersCreateFieldInput: CredentialHoldersCreateFieldInput;
  CredentialHoldersDeleteFieldInput: CredentialHoldersDeleteFieldInput;
  CredentialHoldersDisconnectFieldInput: CredentialHoldersDisconnectFieldInput;
  CredentialHoldersFieldInput: CredentialHoldersFieldInput;
  CredentialHoldersNodeAggregationWhereInput: CredentialHoldersNodeAggregationWhereInput;
  CredentialHoldersRelationship: ResolverTypeWrapper<CredentialHoldersRelationship>;
  CredentialHoldersUpdateConnectionInput: CredentialHoldersUpdateConnectionInput;
  CredentialHoldersUpdateFieldInput: CredentialHoldersUpdateFieldInput;
  CredentialHolding: ResolverTypeWrapper<CredentialHolding>;
  CredentialHoldingAggregationWhereInput: CredentialHoldingAggregationWhereInput;
  CredentialHoldingCreateInput: CredentialHoldingCreateInput;
  CredentialHoldingSort: CredentialHoldingSort;
  CredentialHoldingUpdateInput: CredentialHoldingUpdateInput;
  CredentialHoldingWhere: CredentialHoldingWhere;
  CredentialIssueInput: CredentialIssueInput;
  CredentialOffer: ResolverTypeWrapper<CredentialOffer>;
  CredentialPartOfConnectFieldInput: CredentialPartOfConnectFieldInput;
  CredentialPartOfConnection: ResolverTypeWrapper<CredentialPartOfConnection>;
  CredentialPartOfConnectionAggregateInput: CredentialPartOfConnectionAggregateInput;
  CredentialPartOfConnectionFilters: CredentialPartOfConnectionFilters;
  CredentialPartOfConnectionSort: CredentialPartOfConnectionSort;
  CredentialPartOfConnectionWhere: CredentialPartOfConnectionWhere;
  CredentialPartOfCreateFieldInput: CredentialPartOfCreateFieldInput;
  CredentialPartOfDeleteFieldInput: CredentialPartOfDeleteFieldInput;
  CredentialPartOfDisconnectFieldInput: CredentialPartOfDisconnectFieldInput;
  CredentialPartOfFieldInput: CredentialPartOfFieldInput;
  CredentialPartOfNodeAggregationWhereInput: CredentialPartOfNodeAggregationWhereInput;
  CredentialPartOfRelationship: ResolverTypeWrapper<CredentialPartOfRelationship>;
  CredentialPartOfUpdateConnectionInput: CredentialPartOfUpdateConnectionInput;
  CredentialPartOfUpdateFieldInput: CredentialPartOfUpdateFieldInput;
  CredentialPartsConnectFieldInput: CredentialPartsConnectFieldInput;
  CredentialPartsConnection: ResolverTypeWrapper<CredentialPartsConnection>;
  CredentialPartsConnectionAggregateInput: CredentialPartsConnectionAggregateInput;
  CredentialPartsConnectionFilters: CredentialPartsConnectionFilters;
  CredentialPartsConnectionSort: CredentialPartsConnectionSort;
  CredentialPartsConnectionWhere: CredentialPartsConnectionWhere;
  CredentialPartsCreateFieldInput: CredentialPartsCreateFieldInput;
  CredentialPartsDeleteFieldInput: CredentialPartsDeleteFieldInput;
  CredentialPartsDisconnectFieldInput: CredentialPartsDisconnectFieldInput;
  CredentialPartsFieldInput: CredentialPartsFieldInput;
  CredentialPartsNodeAggregationWhereInput: CredentialPartsNodeAggregationWhereInput;
  CredentialPartsRelationship: ResolverTypeWrapper<CredentialPartsRelationship>;
  CredentialPartsUpdateConnectionInput: CredentialPartsUpdateConnectionInput;
  CredentialPartsUpdateFieldInput: CredentialPartsUpdateFieldInput;
  CredentialPersonHoldersAggregateSelection: ResolverTypeWrapper<CredentialPersonHoldersAggregateSelection>;
  CredentialPersonHoldersEdgeAggregateSelection: ResolverTypeWrapper<CredentialPersonHoldersEdgeAggregateSelection>;
  CredentialPersonHoldersNodeAggregateSelection: ResolverTypeWrapper<CredentialPersonHoldersNodeAggregateSelection>;
  CredentialPreparedByConnectFieldInput: CredentialPreparedByConnectFieldInput;
  CredentialPreparedByConnection: ResolverTypeWrapper<CredentialPreparedByConnection>;
  CredentialPreparedByConnectionAggregateInput: CredentialPreparedByConnectionAggregateInput;
  CredentialPreparedByConnectionFilters: CredentialPreparedByConnectionFilters;
  CredentialPreparedByConnectionSort: CredentialPreparedByConnectionSort;
  CredentialPreparedByConnectionWhere: CredentialPreparedByConnectionWhere;
  CredentialPreparedByCreateFieldInput: CredentialPreparedByCreateFieldInput;
  CredentialPreparedByDeleteFieldInput: CredentialPreparedByDeleteFieldInput;
  CredentialPreparedByDisconnectFieldInput: CredentialPreparedByDisconnectFieldInput;
  CredentialPreparedByFieldInput: CredentialPreparedByFieldInput;
  CredentialPreparedByNodeAggregationWhereInput: CredentialPreparedByNodeAggregationWhereInput;
  CredentialPreparedByRelationship: ResolverTypeWrapper<CredentialPreparedByRelationship>;
  CredentialPreparedByUpdateConnectionInput: CredentialPreparedByUpdateConnectionInput;
  CredentialPreparedByUpdateFieldInput: CredentialPreparedByUpdateFieldInput;
  CredentialPrerequisitesConnectFieldInput: CredentialPrerequisitesConnectFieldInput;
  CredentialPrerequisitesConnection: ResolverTypeWrapper<CredentialPrerequisitesConnection>;
  CredentialPrerequisitesConnectionAggregateInput: CredentialPrerequisitesConnectionAggregateInput;
  CredentialPrerequisitesConnectionFilters: CredentialPrerequisitesConnectionFilters;
  CredentialPrerequisitesConnectionSort: CredentialPrerequisitesConnectionSort;
  CredentialPrerequisitesConnectionWhere: CredentialPrerequisitesConnectionWhere;
  CredentialPrerequisitesCreateFieldInput: CredentialPrerequisitesCreateFieldInput;
  CredentialPrerequisitesDeleteFieldInput: CredentialPrerequisitesDeleteFieldInput;
  CredentialPrerequisitesDisconnectFieldInput: CredentialPrerequisitesDisconnectFieldInput;
  CredentialPrerequisitesFieldInput: CredentialPrerequisitesFieldInput;
  CredentialPrerequisitesNodeAggregationWhereInput: CredentialPrerequisitesNodeAggregationWhereInput;
  CredentialPrerequisitesRelationship: ResolverTypeWrapper<CredentialPrerequisitesRelationship>;
  CredentialPrerequisitesUpdateConnectionInput: CredentialPrerequisitesUpdateConnectionInput;
  CredentialPrerequisitesUpdateFieldInput: CredentialPrerequisitesUpdateFieldInput;
  CredentialProgress: ResolverTypeWrapper<CredentialProgress>;
  CredentialRef: ResolverTypeWrapper<CredentialRef>;
  CredentialRelationshipFilters: CredentialRelationshipFilters;
  CredentialSkillCertifiesAggregateSelection: ResolverTypeWrapper<CredentialSkillCertifiesAggregateSelection>;
  CredentialSkillCertifiesEdgeAggregateSelection: ResolverTypeWrapper<CredentialSkillCertifiesEdgeAggregateSelection>;
  CredentialSkillCertifiesNodeAggregateSelection: ResolverTypeWrapper<CredentialSkillCertifiesNodeAggregateSelection>;
  CredentialSort: CredentialSort;
  CredentialStack: ResolverTypeWrapper<CredentialStack>;
  CredentialUpdateInput: CredentialUpdateInput;
  CredentialVerification: ResolverTypeWrapper<CredentialVerification>;
  CredentialWhere: CredentialWhere;
  CredentialsConnection: ResolverTypeWrapper<CredentialsConnection>;
  Crosswalk: ResolverTypeWrapper<Crosswalk>;
  CrosswalkAggregationWhereInput: CrosswalkAggregationWhereInput;
  CrosswalkCreateInput: CrosswalkCreateInput;
  CrosswalkSort: CrosswalkSort;
  CrosswalkUpdateInput: CrosswalkUpdateInput;
  CrosswalkWhere: CrosswalkWhere;
  Currency: ResolverTypeWrapper<Scalars['Currency']['output']>;
  CurrencyScalarFilters: CurrencyScalarFilters;
  CurrencyScalarMutations: CurrencyScalarMutations;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateScalarFilters: DateScalarFilters;
  DateScalarMutations: DateScalarMutations;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DateTimeAggregateSelection: ResolverTypeWrapper<DateTimeAggregateSelection>;
  DateTimeScalarAggregationFilters: DateTimeScalarAggregationFilters;
  DateTimeScalarFilters: DateTimeScalarFilters;
  DateTimeScalarMutations: DateTimeScalarMutations;
  DeleteInfo: ResolverTypeWrapper<DeleteInfo>;
  DeliveryFormat: DeliveryFormat;
  DeliveryFormatEnumScalarFilters: DeliveryFormatEnumScalarFilters;
  DeliveryFormatEnumScalarMutations: DeliveryFormatEnumScalarMutations;
  DemandAtLevel: ResolverTypeWrapper<DemandAtLevel>;
  EligibleCredential: ResolverTypeWrapper<EligibleCredential>;
  EmailAddress: ResolverTypeWrapper<Scalars['EmailAddress']['output']>;
  EmailAddressScalarFilters: EmailAddressScalarFilters;
  EmailAddressScalarMutations: EmailAddressScalarMutations;
  ErasureReceipt: ResolverTypeWrapper<ErasureReceipt>;
  EvidenceReceipt: ResolverTypeWrapper<EvidenceReceipt>;
  EvidenceSource: EvidenceSource;
  EvidenceSourceEnumScalarFilters: EvidenceSourceEnumScalarFilters;
  EvidenceSourceEnumScalarMutations: EvidenceSourceEnumScalarMutations;
  EvidenceUsed: ResolverTypeWrapper<EvidenceUsed>;
  ExpiringHolding: ResolverTypeWrapper<ExpiringHolding>;
  ExportedCredential: ResolverTypeWrapper<ExportedCredential>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FloatAggregateSelection: ResolverTypeWrapper<FloatAggregateSelection>;
  FloatScalarAggregationFilters: FloatScalarAggregationFilters;
  FloatScalarFilters: FloatScalarFilters;
  FloatScalarMutations: FloatScalarMutations;
  Fraction: ResolverTypeWrapper<Scalars['Fraction']['output']>;
  GrowthPosition: ResolverTypeWrapper<GrowthPosition>;
  GrowthPositions: ResolverTypeWrapper<GrowthPositions>;
  HoldingReceipt: ResolverTypeWrapper<HoldingReceipt>;
  HoldingStatus: HoldingStatus;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IDScalarFilters: IdScalarFilters;
  IDScalarMutations: IdScalarMutations;
  ImportReceipt: ResolverTypeWrapper<ImportReceipt>;
  ImportRecheck: ResolverTypeWrapper<ImportRecheck>;
  Importance: Importance;
  ImportanceEnumScalarFilters: ImportanceEnumScalarFilters;
  ImportanceEnumScalarMutations: ImportanceEnumScalarMutations;
  ImportedSkill: ResolverTypeWrapper<ImportedSkill>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IntAggregateSelection: ResolverTypeWrapper<IntAggregateSelection>;
  IntScalarAggregationFilters: IntScalarAggregationFilters;
  IntScalarFilters: IntScalarFilters;
  IntScalarMutations: IntScalarMutations;
  IssueBatch: ResolverTypeWrapper<IssueBatch>;
  IssueItemResult: ResolverTypeWrapper<IssueItemResult>;
  IssueRejection: ResolverTypeWrapper<IssueRejection>;
  IssueStatus: IssueStatus;
  IssuedCredential: ResolverTypeWrapper<IssuedCredential>;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  LearningPlan: ResolverTypeWrapper<LearningPlan>;
  LearningPlanOptions: LearningPlanOptions;
  LearningStep: ResolverTypeWrapper<LearningStep>;
  LearningTarget: LearningTarget;
  LearningTargetKind: LearningTargetKind;
  ListStringMutations: ListStringMutations;
  Locale: ResolverTypeWrapper<Scalars['Locale']['output']>;
  LocaleScalarFilters: LocaleScalarFilters;
  LocaleScalarMutations: LocaleScalarMutations;
  Me: ResolverTypeWrapper<Me>;
  MobilityRanking: MobilityRanking;
  MobilitySignal: MobilitySignal;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NamedRef: ResolverTypeWrapper<NamedRef>;
  NonNegativeFloat: ResolverTypeWrapper<Scalars['NonNegativeFloat']['output']>;
  OccupationGroup: ResolverTypeWrapper<OccupationGroup>;
  OccupationGroupAggregate: ResolverTypeWrapper<OccupationGroupAggregate>;
  OccupationGroupAggregateNode: ResolverTypeWrapper<OccupationGroupAggregateNode>;
  OccupationGroupBroaderGroupsConnectFieldInput: OccupationGroupBroaderGroupsConnectFieldInput;
  OccupationGroupBroaderGroupsConnection: ResolverTypeWrapper<OccupationGroupBroaderGroupsConnection>;
  OccupationGroupBroaderGroupsConnectionAggregateInput: OccupationGroupBroaderGroupsConnectionAggregateInput;
  OccupationGroupBroaderGroupsConnectionFilters: OccupationGroupBroaderGroupsConnectionFilters;
  OccupationGroupBroaderGroupsConnectionSort: OccupationGroupBroaderGroupsConnectionSort;
  OccupationGroupBroaderGroupsConnectionWhere: OccupationGroupBroaderGroupsConnectionWhere;
  OccupationGroupBroaderGroupsCreateFieldInput: OccupationGroupBroaderGroupsCreateFieldInput;
  OccupationGroupBroaderGroupsDeleteFieldInput: OccupationGroupBroaderGroupsDeleteFieldInput;
  OccupationGroupBroaderGroupsDisconnectFieldInput: OccupationGroupBroaderGroupsDisconnectFieldInput;
  OccupationGroupBroaderGroupsFieldInput: OccupationGroupBroaderGroupsFieldInput;
  OccupationGroupBroaderGroupsNodeAggregationWhereInput: OccupationGroupBroaderGroupsNodeAggregationWhereInput;
  OccupationGroupBroaderGroupsRelationship: ResolverTypeWrapper<OccupationGroupBroaderGroupsRelationship>;
  OccupationGroupBroaderGroupsUpdateConnectionInput: OccupationGroupBroaderGroupsUpdateConnectionInput;
  OccupationGroupBroaderGroupsUpdateFieldInput: OccupationGroupBroaderGroupsUpdateFieldInput;
  OccupationGroupConnectInput: OccupationGroupConnectInput;
  OccupationGroupConnectWhere: OccupationGroupConnectWhere;
  OccupationGroupCreateInput: OccupationGroupCreateInput;
  OccupationGroupDeleteInput: OccupationGroupDeleteInput;
  OccupationGroupDisconnectInput: OccupationGroupDisconnectInput;
  OccupationGroupEdge: ResolverTypeWrapper<OccupationGroupEdge>;
  OccupationGroupNarrowerGroupsConnectFieldInput: OccupationGroupNarrowerGroupsConnectFieldInput;
  OccupationGroupNarrowerGroupsConnection: ResolverTypeWrapper<OccupationGroupNarrowerGroupsConnection>;
  OccupationGroupNarrowerGroupsConnectionAggregateInput: OccupationGroupNarrowerGroupsConnectionAggregateInput;
  OccupationGroupNarrowerGroupsConnectionFilters: OccupationGroupNarrowerGroupsConnectionFilters;
  OccupationGroupNarrowerGroupsConnectionSort: OccupationGroupNarrowerGroupsConnectionSort;
  OccupationGroupNarrowerGroupsConnectionWhere: OccupationGroupNarrowerGroupsConnectionWhere;
  OccupationGroupNarrowerGroupsCreateFieldInput: OccupationGroupNarrowerGroupsCreateFieldInput;
  OccupationGroupNarrowerGroupsDeleteFieldInput: OccupationGroupNarrowerGroupsDeleteFieldInput;
  OccupationGroupNarrowerGroupsDisconnectFieldInput: OccupationGroupNarrowerGroupsDisconnectFieldInput;
  OccupationGroupNarrowerGroupsFieldInput: OccupationGroupNarrowerGroupsFieldInput;
  OccupationGroupNarrowerGroupsNodeAggregationWhereInput: OccupationGroupNarrowerGroupsNodeAggregationWhereInput;
  OccupationGroupNarrowerGroupsRelationship: ResolverTypeWrapper<OccupationGroupNarrowerGroupsRelationship>;
  OccupationGroupNarrowerGroupsUpdateConnectionInput: OccupationGroupNarrowerGroupsUpdateConnectionInput;
  OccupationGroupNarrowerGroupsUpdateFieldInput: OccupationGroupNarrowerGroupsUpdateFieldInput;
  OccupationGroupNarrowerRolesConnectFieldInput: OccupationGroupNarrowerRolesConnectFieldInput;
  OccupationGroupNarrowerRolesConnection: ResolverTypeWrapper<OccupationGroupNarrowerRolesConnection>;
  OccupationGroupNarrowerRolesConnectionAggregateInput: OccupationGroupNarrowerRolesConnectionAggregateInput;
  OccupationGroupNarrowerRolesConnectionFilters: OccupationGroupNarrowerRolesConnectionFilters;
  OccupationGroupNarrowerRolesConnectionSort: OccupationGroupNarrowerRolesConnectionSort;
  OccupationGroupNarrowerRolesConnectionWhere: OccupationGroupNarrowerRolesConnectionWhere;
  OccupationGroupNarrowerRolesCreateFieldInput: OccupationGroupNarrowerRolesCreateFieldInput;
  OccupationGroupNarrowerRolesDeleteFieldInput: OccupationGroupNarrowerRolesDeleteFieldInput;
  OccupationGroupNarrowerRolesDisconnectFieldInput: OccupationGroupNarrowerRolesDisconnectFieldInput;
  OccupationGroupNarrowerRolesFieldInput: OccupationGroupNarrowerRolesFieldInput;
  OccupationGroupNarrowerRolesNodeAggregationWhereInput: OccupationGroupNarrowerRolesNodeAggregationWhereInput;
  OccupationGroupNarrowerRolesRelationship: ResolverTypeWrapper<OccupationGroupNarrowerRolesRelationship>;
  OccupationGroupNarrowerRolesUpdateConnectionInput: OccupationGroupNarrowerRolesUpdateConnectionInput;
  OccupationGroupNarrowerRolesUpdateFieldInput: OccupationGroupNarrowerRolesUpdateFieldInput;
  OccupationGroupOccupationGroupBroaderGroupsAggregateSelection: ResolverTypeWrapper<OccupationGroupOccupationGroupBroaderGroupsAggregateSelection>;
  OccupationGroupOccupationGroupBroaderGroupsNodeAggregateSelection: ResolverTypeWrapper<OccupationGroupOccupationGroupBroaderGroupsNodeAggregateSelection>;
  OccupationGroupOccupationGroupNarrowerGroupsAggregateSelection: ResolverTypeWrapper<OccupationGroupOccupationGroupNarrowerGroupsAggregateSelection>;
  OccupationGroupOccupationGroupNarrowerGroupsNodeAggregateSelection: ResolverTypeWrapper<OccupationGroupOccupationGroupNarrowerGroupsNodeAggregateSelection>;
  OccupationGroupRelationshipFilters: OccupationGroupRelationshipFilters;
  OccupationGroupRoleNarrowerRolesAggregateSelection: ResolverTypeWrapper<OccupationGroupRoleNarrowerRolesAggregateSelection>;
  OccupationGroupRoleNarrowerRolesNodeAggregateSelection: ResolverTypeWrapper<OccupationGroupRoleNarrowerRolesNodeAggregateSelection>;
  OccupationGroupSort: OccupationGroupSort;
  OccupationGroupUpdateInput: OccupationGroupUpdateInput;
  OccupationGroupWhere: OccupationGroupWhere;
  OccupationGroupsConnection: ResolverTypeWrapper<OccupationGroupsConnection>;
  OpenReason: OpenReason;
  OpenSkill: ResolverTypeWrapper<OpenSkill>;
  OrgUnit: ResolverTypeWrapper<OrgUnit>;
  OrgUnitAggregate: ResolverTypeWrapper<OrgUnitAggregate>;
  OrgUnitAggregateNode: ResolverTypeWrapper<OrgUnitAggregateNode>;
  OrgUnitChildrenConnectFieldInput: OrgUnitChildrenConnectFieldInput;
  OrgUnitChildrenConnection: ResolverTypeWrapper<OrgUnitChildrenConnection>;
  OrgUnitChildrenConnectionAggregateInput: OrgUnitChildrenConnectionAggregateInput;
  OrgUnitChildrenConnectionFilters: OrgUnitChildrenConnectionFilters;
  OrgUnitChildrenConnectionSort: OrgUnitChildrenConnectionSort;
  OrgUnitChildrenConnectionWhere: OrgUnitChildrenConnectionWhere;
  OrgUnitChildrenCreateFieldInput: OrgUnitChildrenCreateFieldInput;
  OrgUnitChildrenDeleteFieldInput: OrgUnitChildrenDeleteFieldInput;
  OrgUnitChildrenDisconnectFieldInput: OrgUnitChildrenDisconnectFieldInput;
  OrgUnitChildrenFieldInput: OrgUnitChildrenFieldInput;
  OrgUnitChildrenNodeAggregationWhereInput: OrgUnitChildrenNodeAggregationWhereInput;
  OrgUnitChildrenRelationship: ResolverTypeWrapper<OrgUnitChildrenRelationship>;
  OrgUnitChildrenUpdateConnectionInput: OrgUnitChildrenUpdateConnectionInput;
  OrgUnitChildrenUpdateFieldInput: OrgUnitChildrenUpdateFieldInput;
  OrgUnitConnectInput: OrgUnitConnectInput;
  OrgUnitConnectWhere: OrgUnitConnectWhere;
  OrgUnitCreateInput: OrgUnitCreateInput;
  OrgUnitDeleteInput: OrgUnitDeleteInput;
  OrgUnitDisconnectInput: OrgUnitDisconnectInput;
  OrgUnitEdge: ResolverTypeWrapper<OrgUnitEdge>;
  OrgUnitMembersConnectFieldInput: OrgUnitMembersConnectFieldInput;
  OrgUnitMembersConnection: ResolverTypeWrapper<OrgUnitMembersConnection>;
  OrgUnitMembersConnectionAggregateInput: OrgUnitMembersConnectionAggregateInput;
  OrgUnitMembersConnectionFilters: OrgUnitMembersConnectionFilters;
  OrgUnitMembersConnectionSort: OrgUnitMembersConnectionSort;
  OrgUnitMembersConnectionWhere: OrgUnitMembersConnectionWhere;
  OrgUnitMembersCreateFieldInput: OrgUnitMembersCreateFieldInput;
  OrgUnitMembersDeleteFieldInput: OrgUnitMembersDeleteFieldInput;
  OrgUnitMembersDisconnectFieldInput: OrgUnitMembersDisconnectFieldInput;
  OrgUnitMembersFieldInput: OrgUnitMembersFieldInput;
  OrgUnitMembersNodeAggregationWhereInput: OrgUnitMembersNodeAggregationWhereInput;
  OrgUnitMembersRelationship: ResolverTypeWrapper<OrgUnitMembersRelationship>;
  OrgUnitMembersUpdateConnectionInput: OrgUnitMembersUpdateConnectionInput;
  OrgUnitMembersUpdateFieldInput: OrgUnitMembersUpdateFieldInput;
  OrgUnitOrgUnitChildrenAggregateSelection: ResolverTypeWrapper<OrgUnitOrgUnitChildrenAggregateSelection>;
  OrgUnitOrgUnitChildrenNodeAggregateSelection: ResolverTypeWrapper<OrgUnitOrgUnitChildrenNodeAggregateSelection>;
  OrgUnitOrganizationConnection: ResolverTypeWrapper<OrgUnitOrganizationConnection>;
  OrgUnitOrganizationConnectionWhere: OrgUnitOrganizationConnectionWhere;
  OrgUnitOrganizationCreateFieldInput: OrgUnitOrganizationCreateFieldInput;
  OrgUnitOrganizationDeleteFieldInput: OrgUnitOrganizationDeleteFieldInput;
  OrgUnitOrganizationFieldInput: OrgUnitOrganizationFieldInput;
  OrgUnitOrganizationRelationship: ResolverTypeWrapper<OrgUnitOrganizationRelationship>;
  OrgUnitParentConnection: ResolverTypeWrapper<OrgUnitParentConnection>;
  OrgUnitParentConnectionWhere: OrgUnitParentConnectionWhere;
  OrgUnitParentCreateFieldInput: OrgUnitParentCreateFieldInput;
  OrgUnitParentDeleteFieldInput: OrgUnitParentDeleteFieldInput;
  OrgUnitParentFieldInput: OrgUnitParentFieldInput;
  OrgUnitParentRelationship: ResolverTypeWrapper<OrgUnitParentRelationship>;
  OrgUnitPersonMembersAggregateSelection: ResolverTypeWrapper<OrgUnitPersonMembersAggregateSelection>;
  OrgUnitPersonMembersNodeAggregateSelection: ResolverTypeWrapper<OrgUnitPersonMembersNodeAggregateSelection>;
  OrgUnitPositionsConnectFieldInput: OrgUnitPositionsConnectFieldInput;
  OrgUnitPositionsConnection: ResolverTypeWrapper<OrgUnitPositionsConnection>;
  OrgUnitPositionsConnectionAggregateInput: OrgUnitPositionsConnectionAggregateInput;
  OrgUnitPositionsConnectionFilters: OrgUnitPositionsConnectionFilters;
  OrgUnitPositionsConnectionSort: OrgUnitPositionsConnectionSort;
  OrgUnitPositionsConnectionWhere: OrgUnitPositionsConnectionWhere;
  OrgUnitPositionsCreateFieldInput: OrgUnitPositionsCreateFieldInput;
  OrgUnitPositionsDeleteFieldInput: OrgUnitPositionsDeleteFieldInput;
  OrgUnitPositionsDisconnectFieldInput: OrgUnitPositionsDisconnectFieldInput;
  OrgUnitPositionsFieldInput: OrgUnitPositionsFieldInput;
  OrgUnitPositionsNodeAggregationWhereInput: OrgUnitPositionsNodeAggregationWhereInput;
  OrgUnitPositionsRelationship: ResolverTypeWrapper<OrgUnitPositionsRelationship>;
  OrgUnitPositionsUpdateConnectionInput: OrgUnitPositionsUpdateConnectionInput;
  OrgUnitPositionsUpdateFieldInput: OrgUnitPositionsUpdateFieldInput;
  OrgUnitRelationshipFilters: OrgUnitRelationshipFilters;
  OrgUnitRolePositionsAggregateSelection: ResolverTypeWrapper<OrgUnitRolePositionsAggregateSelection>;
  OrgUnitRolePositionsEdgeAggregateSelection: ResolverTypeWrapper<OrgUnitRolePositionsEdgeAggregateSelection>;
  OrgUnitRolePositionsNodeAggregateSelection: ResolverTypeWrapper<OrgUnitRolePositionsNodeAggregateSelection>;
  OrgUnitSort: OrgUnitSort;
  OrgUnitTeamTeamsAggregateSelection: ResolverTypeWrapper<OrgUnitTeamTeamsAggregateSelection>;
  OrgUnitTeamTeamsNodeAggregateSelection: ResolverTypeWrapper<OrgUnitTeamTeamsNodeAggregateSelection>;
  OrgUnitTeamsConnectFieldInput: OrgUnitTeamsConnectFieldInput;
  OrgUnitTeamsConnection: ResolverTypeWrapper<OrgUnitTeamsConnection>;
  OrgUnitTeamsConnectionAggregateInput: OrgUnitTeamsConnectionAggregateInput;
  OrgUnitTeamsConnectionFilters: OrgUnitTeamsConnectionFilters;
  OrgUnitTeamsConnectionSort: OrgUnitTeamsConnectionSort;
  OrgUnitTeamsConnectionWhere: OrgUnitTeamsConnectionWhere;
  OrgUnitTeamsCreateFieldInput: OrgUnitTeamsCreateFieldInput;
  OrgUnitTeamsDeleteFieldInput: OrgUnitTeamsDeleteFieldInput;
  OrgUnitTeamsDisconnectFieldInput: OrgUnitTeamsDisconnectFieldInput;
  OrgUnitTeamsFieldInput: OrgUnitTeamsFieldInput;
  OrgUnitTeamsNodeAggregationWhereInput: OrgUnitTeamsNodeAggregationWhereInput;
  OrgUnitTeamsRelationship: ResolverTypeWrapper<OrgUnitTeamsRelationship>;
  OrgUnitTeamsUpdateConnectionInput: OrgUnitTeamsUpdateConnectionInput;
  OrgUnitTeamsUpdateFieldInput: OrgUnitTeamsUpdateFieldInput;
  OrgUnitUpdateInput: OrgUnitUpdateInput;
  OrgUnitWhere: OrgUnitWhere;
  OrgUnitsConnection: ResolverTypeWrapper<OrgUnitsConnection>;
  Organization: ResolverTypeWrapper<Organization>;
  OrganizationAggregate: ResolverTypeWrapper<OrganizationAggregate>;
  OrganizationAggregateNode: ResolverTypeWrapper<OrganizationAggregateNode>;
  OrganizationCourseCoursesAggregateSelection: ResolverTypeWrapper<OrganizationCourseCoursesAggregateSelection>;
  OrganizationCourseCoursesNodeAggregateSelection: ResolverTypeWrapper<OrganizationCourseCoursesNodeAggregateSelection>;
  OrganizationCoursesConnectFieldInput: OrganizationCoursesConnectFieldInput;
  OrganizationCoursesConnection: ResolverTypeWrapper<OrganizationCoursesConnection>;
  OrganizationCoursesConnectionAggregateInput: OrganizationCoursesConnectionAggregateInput;
  OrganizationCoursesConnectionFilters: OrganizationCoursesConnectionFilters;
  OrganizationCoursesConnectionSort: OrganizationCoursesConnectionSort;
  OrganizationCoursesConnectionWhere: OrganizationCoursesConnectionWhere;
  OrganizationCoursesCreateFieldInput: OrganizationCoursesCreateFieldInput;
  OrganizationCoursesDeleteFieldInput: OrganizationCoursesDeleteFieldInput;
  OrganizationCoursesDisconnectFieldInput: OrganizationCoursesDisconnectFieldInput;
  OrganizationCoursesFieldInput: OrganizationCoursesFieldInput;
  OrganizationCoursesNodeAggregationWhereInput: OrganizationCoursesNodeAggregationWhereInput;
  OrganizationCoursesRelationship: ResolverTypeWrapper<OrganizationCoursesRelationship>;
  OrganizationCoursesUpdateConnectionInput: OrganizationCoursesUpdateConnectionInput;
  OrganizationCoursesUpdateFieldInput: OrganizationCoursesUpdateFieldInput;
  OrganizationCreateInput: OrganizationCreateInput;
  OrganizationCredentialCredentialsAggregateSelection: ResolverTypeWrapper<OrganizationCredentialCredentialsAggregateSelection>;
  OrganizationCredentialCredentialsNodeAggregateSelection: ResolverTypeWrapper<OrganizationCredentialCredentialsNodeAggregateSelection>;
  OrganizationCredentialsConnectFieldInput: OrganizationCredentialsConnectFieldInput;
  OrganizationCredentialsConnection: ResolverTypeWrapper<OrganizationCredentialsConnection>;
  OrganizationCredentialsConnectionAggregateInput: OrganizationCredentialsConnectionAggregateInput;
  OrganizationCredentialsConnectionFilters: OrganizationCredentialsConnectionFilters;
  OrganizationCredentialsConnectionSort: OrganizationCredentialsConnectionSort;
  OrganizationCredentialsConnectionWhere: OrganizationCredentialsConnectionWhere;
  OrganizationCredentialsCreateFieldInput: OrganizationCredentialsCreateFieldInput;
  OrganizationCredentialsDeleteFieldInput: OrganizationCredentialsDeleteFieldInput;
  OrganizationCredentialsDisconnectFieldInput: OrganizationCredentialsDisconnectFieldInput;
  OrganizationCredentialsFieldInput: OrganizationCredentialsFieldInput;
  OrganizationCredentialsNodeAggregationWhereInput: OrganizationCredentialsNodeAggregationWhereInput;
  OrganizationCredentialsRelationship: ResolverTypeWrapper<OrganizationCredentialsRelationship>;
  OrganizationCredentialsUpdateConnectionInput: OrganizationCredentialsUpdateConnectionInput;
  OrganizationCredentialsUpdateFieldInput: OrganizationCredentialsUpdateFieldInput;
  OrganizationDeleteInput: OrganizationDeleteInput;
  OrganizationEdge: ResolverTypeWrapper<OrganizationEdge>;
  OrganizationKind: OrganizationKind;
  OrganizationKindListEnumScalarFilters: OrganizationKindListEnumScalarFilters;
  OrganizationKindListEnumScalarMutations: OrganizationKindListEnumScalarMutations;
  OrganizationOrgUnitOrgUnitsAggregateSelection: ResolverTypeWrapper<OrganizationOrgUnitOrgUnitsAggregateSelection>;
  OrganizationOrgUnitOrgUnitsNodeAggregateSelection: ResolverTypeWrapper<OrganizationOrgUnitOrgUnitsNodeAggregateSelection>;
  OrganizationOrgUnitsConnectFieldInput: OrganizationOrgUnitsConnectFieldInput;
  OrganizationOrgUnitsConnection: ResolverTypeWrapper<OrganizationOrgUnitsConnection>;
  OrganizationOrgUnitsConnectionAggregateInput: OrganizationOrgUnitsConnectionAggregateInput;
  OrganizationOrgUnitsConnectionFilters: OrganizationOrgUnitsConnectionFilters;
  OrganizationOrgUnitsConnectionSort: OrganizationOrgUnitsConnectionSort;
  OrganizationOrgUnitsConnectionWhere: OrganizationOrgUnitsConnectionWhere;
  OrganizationOrgUnitsCreateFieldInput: OrganizationOrgUnitsCreateFieldInput;
  OrganizationOrgUnitsDeleteFieldInput: OrganizationOrgUnitsDeleteFieldInput;
  OrganizationOrgUnitsDisconnectFieldInput: OrganizationOrgUnitsDisconnectFieldInput;
  OrganizationOrgUnitsFieldInput: OrganizationOrgUnitsFieldInput;
  OrganizationOrgUnitsNodeAggregationWhereInput: OrganizationOrgUnitsNodeAggregationWhereInput;
  OrganizationOrgUnitsRelationship: ResolverTypeWrapper<OrganizationOrgUnitsRelationship>;
  OrganizationOrgUnitsUpdateConnectionInput: OrganizationOrgUnitsUpdateConnectionInput;
  OrganizationOrgUnitsUpdateFieldInput: OrganizationOrgUnitsUpdateFieldInput;
  OrganizationSort: OrganizationSort;
  OrganizationUpdateInput: OrganizationUpdateInput;
  OrganizationWhere: OrganizationWhere;
  OrganizationsConnection: ResolverTypeWrapper<OrganizationsConnection>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartProgress: ResolverTypeWrapper<PartProgress>;
  PastTenure: ResolverTypeWrapper<PastTenure>;
  PastTenureCreateInput: PastTenureCreateInput;
  PastTenureSort: PastTenureSort;
  PastTenureUpdateInput: PastTenureUpdateInput;
  PastTenureWhere: PastTenureWhere;
  PeopleConnection: ResolverTypeWrapper<PeopleConnection>;
  Person: ResolverTypeWrapper<Person>;
  PersonAggregate: ResolverTypeWrapper<PersonAggregate>;
  PersonAggregateNode: ResolverTypeWrapper<PersonAggregateNode>;
  PersonAspiredRolesConnectFieldInput: PersonAspiredRolesConnectFieldInput;
  PersonAspiredRolesConnection: ResolverTypeWrapper<PersonAspiredRolesConnection>;
  PersonAspiredRolesConnectionAggregateInput: PersonAspiredRolesConnectionAggregateInput;
  PersonAspiredRolesConnectionFilters: PersonAspiredRolesConnectionFilters;
  PersonAspiredRolesConnectionSort: PersonAspiredRolesConnectionSort;
  PersonAspiredRolesConnectionWhere: PersonAspiredRolesConnectionWhere;
  PersonAspiredRolesCreateFieldInput: PersonAspiredRolesCreateFieldInput;
  PersonAspiredRolesDeleteFieldInput: PersonAspiredRolesDeleteFieldInput;
  PersonAspiredRolesDisconnectFieldInput: PersonAspiredRolesDisconnectFieldInput;
  PersonAspiredRolesFieldInput: PersonAspiredRolesFieldInput;
  PersonAspiredRolesNodeAggregationWhereInput: PersonAspiredRolesNodeAggregationWhereInput;
  PersonAspiredRolesRelationship: ResolverTypeWrapper<PersonAspiredRolesRelationship>;
  PersonAspiredRolesUpdateConnectionInput: PersonAspiredRolesUpdateConnectionInput;
  PersonAspiredRolesUpdateFieldInput: PersonAspiredRolesUpdateFieldInput;
  PersonCompletedCoursesConnectFieldInput: PersonCompletedCoursesConnectFieldInput;
  PersonCompletedCoursesConnection: ResolverTypeWrapper<PersonCompletedCoursesConnection>;
  PersonCompletedCoursesConnectionAggregateInput: PersonCompletedCoursesConnectionAggregateInput;
  PersonCompletedCoursesConnectionFilters: PersonCompletedCoursesConnectionFilters;
  PersonCompletedCoursesConnectionSort: PersonCompletedCoursesConnectionSort;
  PersonCompletedCoursesConnectionWhere: PersonCompletedCoursesConnectionWhere;
  PersonCompletedCoursesCreateFieldInput: PersonCompletedCoursesCreateFieldInput;
  PersonCompletedCoursesDeleteFieldInput: PersonCompletedCoursesDeleteFieldInput;
  PersonCompletedCoursesDisconnectFieldInput: PersonCompletedCoursesDisconnectFieldInput;
  PersonCompletedCoursesFieldInput: PersonCompletedCoursesFieldInput;
  PersonCompletedCoursesNodeAggregationWhereInput: PersonCompletedCoursesNodeAggregationWhereInput;
  PersonCompletedCoursesRelationship: ResolverTypeWrapper<PersonCompletedCoursesRelationship>;
  PersonCompletedCoursesUpdateConnectionInput: PersonCompletedCoursesUpdateConnectionInput;
  PersonCompletedCoursesUpdateFieldInput: PersonCompletedCoursesUpdateFieldInput;
  PersonConnectInput: PersonConnectInput;
  PersonConnectWhere: PersonConnectWhere;
  PersonCourseCompletedCoursesAggregateSelection: ResolverTypeWrapper<PersonCourseCompletedCoursesAggregateSelection>;
  PersonCourseCompletedCoursesEdgeAggregateSelection: ResolverTypeWrapper<PersonCourseCompletedCoursesEdgeAggregateSelection>;
  PersonCourseCompletedCoursesNodeAggregateSelection: ResolverTypeWrapper<PersonCourseCompletedCoursesNodeAggregateSelection>;
  PersonCreateInput: PersonCreateInput;
  PersonCredentialCredentialsAggregateSelection: ResolverTypeWrapper<PersonCredentialCredentialsAggregateSelection>;
  PersonCredentialCredentialsEdgeAggregateSelection: ResolverTypeWrapper<PersonCredentialCredentialsEdgeAggregateSelection>;
  PersonCredentialCredentialsNodeAggregateSelection: ResolverTypeWrapper<PersonCredentialCredentialsNodeAggregateSelection>;
  PersonCredentialsConnectFieldInput: PersonCredentialsConnectFieldInput;
  PersonCredentialsConnection: ResolverTypeWrapper<PersonCredentialsConnection>;
  PersonCredentialsConnectionAggregateInput: PersonCredentialsConnectionAggregateInput;
  PersonCredentialsConnectionFilters: PersonCredentialsConnectionFilters;
  PersonCredentialsConnectionSort: PersonCredentialsConnectionSort;
  PersonCredentialsConnectionWhere: PersonCredentialsConnectionWhere;
  PersonCredentialsCreateFieldInput: PersonCredentialsCreateFieldInput;
  PersonCredentialsDeleteFieldInput: PersonCredentialsDeleteFieldInput;
  PersonCredentialsDisconnectFieldInput: PersonCredentialsDisconnectFieldInput;
  PersonCredentialsFieldInput: PersonCredentialsFieldInput;
  PersonCredentialsNodeAggregationWhereInput: PersonCredentialsNodeAggregationWhereInput;
  PersonCredentialsRelationship: ResolverTypeWrapper<PersonCredentialsRelationship>;
  PersonCredentialsUpdateConnectionInput: PersonCredentialsUpdateConnectionInput;
  PersonCredentialsUpdateFieldInput: PersonCredentialsUpdateFieldInput;
  PersonCurrentRoleConnection: ResolverTypeWrapper<PersonCurrentRoleConnection>;
  PersonCurrentRoleConnectionWhere: PersonCurrentRoleConnectionWhere;
  PersonCurrentRoleCreateFieldInput: PersonCurrentRoleCreateFieldInput;
  PersonCurrentRoleDeleteFieldInput: PersonCurrentRoleDeleteFieldInput;
  PersonCurrentRoleFieldInput: PersonCurrentRoleFieldInput;
  PersonCurrentRoleRelationship: ResolverTypeWrapper<PersonCurrentRoleRelationship>;
  PersonDeleteInput: PersonDeleteInput;
  PersonDisconnectInput: PersonDisconnectInput;
  PersonEdge: ResolverTypeWrapper<PersonEdge>;
  PersonOrgUnitConnection: ResolverTypeWrapper<PersonOrgUnitConnection>;
  PersonOrgUnitConnectionWhere: PersonOrgUnitConnectionWhere;
  PersonOrgUnitCreateFieldInput: PersonOrgUnitCreateFieldInput;
  PersonOrgUnitDeleteFieldInput: PersonOrgUnitDeleteFieldInput;
  PersonOrgUnitFieldInput: PersonOrgUnitFieldInput;
  PersonOrgUnitRelationship: ResolverTypeWrapper<PersonOrgUnitRelationship>;
  PersonPastRolesConnectFieldInput: PersonPastRolesConnectFieldInput;
  PersonPastRolesConnection: ResolverTypeWrapper<PersonPastRolesConnection>;
  PersonPastRolesConnectionAggregateInput: PersonPastRolesConnectionAggregateInput;
  PersonPastRolesConnectionFilters: PersonPastRolesConnectionFilters;
  PersonPastRolesConnectionSort: PersonPastRolesConnectionSort;
  PersonPastRolesConnectionWhere: PersonPastRolesConnectionWhere;
  PersonPastRolesCreateFieldInput: PersonPastRolesCreateFieldInput;
  PersonPastRolesDeleteFieldInput: PersonPastRolesDeleteFieldInput;
  PersonPastRolesDisconnectFieldInput: PersonPastRolesDisconnectFieldInput;
  PersonPastRolesFieldInput: PersonPastRolesFieldInput;
  PersonPastRolesNodeAggregationWhereInput: PersonPastRolesNodeAggregationWhereInput;
  PersonPastRolesRelationship: ResolverTypeWrapper<PersonPastRolesRelationship>;
  PersonPastRolesUpdateConnectionInput: PersonPastRolesUpdateConnectionInput;
  PersonPastRolesUpdateFieldInput: PersonPastRolesUpdateFieldInput;
  PersonRelationshipFilters: PersonRelationshipFilters;
  PersonRoleAspiredRolesAggregateSelection: ResolverTypeWrapper<PersonRoleAspiredRolesAggregateSelection>;
  PersonRoleAspiredRolesNodeAggregateSelection: ResolverTypeWrapper<PersonRoleAspiredRolesNodeAggregateSelection>;
  PersonRolePastRolesAggregateSelection: ResolverTypeWrapper<PersonRolePastRolesAggregateSelection>;
  PersonRolePastRolesNodeAggregateSelection: ResolverTypeWrapper<PersonRolePastRolesNodeAggregateSelection>;
  PersonSkillSkillsAggregateSelection: ResolverTypeWrapper<PersonSkillSkillsAggregateSelection>;
  PersonSkillSkillsEdgeAggregateSelection: ResolverTypeWrapper<PersonSkillSkillsEdgeAggregateSelection>;
  PersonSkillSkillsNodeAggregateSelection: ResolverTypeWrapper<PersonSkillSkillsNodeAggregateSelection>;
  PersonSkillsConnectFieldInput: PersonSkillsConnectFieldInput;
  PersonSkillsConnection: ResolverTypeWrapper<PersonSkillsConnection>;
  PersonSkillsConnectionAggregateInput: PersonSkillsConnectionAggregateInput;
  PersonSkillsConnectionFilters: PersonSkillsConnectionFilters;
  PersonSkillsConnectionSort: PersonSkillsConnectionSort;
  PersonSkillsConnectionWhere: PersonSkillsConnectionWhere;
  PersonSkillsCreateFieldInput: PersonSkillsCreateFieldInput;
  PersonSkillsDeleteFieldInput: PersonSkillsDeleteFieldInput;
  PersonSkillsDisconnectFieldInput: PersonSkillsDisconnectFieldInput;
  PersonSkillsFieldInput: PersonSkillsFieldInput;
  PersonSkillsNodeAggregationWhereInput: PersonSkillsNodeAggregationWhereInput;
  PersonSkillsRelationship: ResolverTypeWrapper<PersonSkillsRelationship>;
  PersonSkillsUpdateConnectionInput: PersonSkillsUpdateConnectionInput;
  PersonSkillsUpdateFieldInput: PersonSkillsUpdateFieldInput;
  PersonSort: PersonSort;
  PersonTeamTeamsAggregateSelection: ResolverTypeWrapper<PersonTeamTeamsAggregateSelection>;
  PersonTeamTeamsEdgeAggregateSelection: ResolverTypeWrapper<PersonTeamTeamsEdgeAggregateSelection>;
  PersonTeamTeamsNodeAggregateSelection: ResolverTypeWrapper<PersonTeamTeamsNodeAggregateSelection>;
  PersonTeamsConnectFieldInput: PersonTeamsConnectFieldInput;
  PersonTeamsConnection: ResolverTypeWrapper<PersonTeamsConnection>;
  PersonTeamsConnectionAggregateInput: PersonTeamsConnectionAggregateInput;
  PersonTeamsConnectionFilters: PersonTeamsConnectionFilters;
  PersonTeamsConnectionSort: PersonTeamsConnectionSort;
  PersonTeamsConnectionWhere: PersonTeamsConnectionWhere;
  PersonTeamsCreateFieldInput: PersonTeamsCreateFieldInput;
  PersonTeamsDeleteFieldInput: PersonTeamsDeleteFieldInput;
  PersonTeamsDisconnectFieldInput: PersonTeamsDisconnectFieldInput;
  PersonTeamsFieldInput: PersonTeamsFieldInput;
  PersonTeamsNodeAggregationWhereInput: PersonTeamsNodeAggregationWhereInput;
  PersonTeamsRelationship: ResolverTypeWrapper<PersonTeamsRelationship>;
  PersonTeamsUpdateConnectionInput: PersonTeamsUpdateConnectionInput;
  PersonTeamsUpdateFieldInput: PersonTeamsUpdateFieldInput;
  PersonUpdateInput: PersonUpdateInput;
  PersonWhere: PersonWhere;
  PlanObjective: PlanObjective;
  PlanSolver: PlanSolver;
  PlanTargetSkill: ResolverTypeWrapper<PlanTargetSkill>;
  Position: ResolverTypeWrapper<Position>;
  PositionAggregationWhereInput: PositionAggregationWhereInput;
  PositionCreateInput: PositionCreateInput;
  PositionSort: PositionSort;
  PositionUpdateInput: PositionUpdateInput;
  PositionWhere: PositionWhere;
  PositiveInt: ResolverTypeWrapper<Scalars['PositiveInt']['output']>;
  PrerequisiteMet: ResolverTypeWrapper<PrerequisiteMet>;
  Proficiency: ResolverTypeWrapper<Scalars['Proficiency']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RankingSignal: ResolverTypeWrapper<RankingSignal>;
  RankingSignalWeight: ResolverTypeWrapper<RankingSignalWeight>;
  RecipientKind: RecipientKind;
  Requirement: ResolverTypeWrapper<Requirement>;
  RequirementAggregationWhereInput: RequirementAggregationWhereInput;
  RequirementCoverage: ResolverTypeWrapper<RequirementCoverage>;
  RequirementCreateInput: RequirementCreateInput;
  RequirementSort: RequirementSort;
  RequirementUpdateInput: RequirementUpdateInput;
  RequirementWhere: RequirementWhere;
  ReuseLevel: ReuseLevel;
  ReuseLevelEnumScalarFilters: ReuseLevelEnumScalarFilters;
  ReuseLevelEnumScalarMutations: ReuseLevelEnumScalarMutations;
  RevocationReceipt: ResolverTypeWrapper<RevocationReceipt>;
  Role: ResolverTypeWrapper<Role>;
  RoleAggregate: ResolverTypeWrapper<RoleAggregate>;
  RoleAggregateNode: ResolverTypeWrapper<RoleAggregateNode>;
  RoleAspiredByConnectFieldInput: RoleAspiredByConnectFieldInput;
  RoleAspiredByConnection: ResolverTypeWrapper<RoleAspiredByConnection>;
  RoleAspiredByConnectionAggregateInput: RoleAspiredByConnectionAggregateInput;
  RoleAspiredByConnectionFilters: RoleAspiredByConnectionFilters;
  RoleAspiredByConnectionSort: RoleAspiredByConnectionSort;
  RoleAspiredByConnectionWhere: RoleAspiredByConnectionWhere;
  RoleAspiredByCreateFieldInput: RoleAspiredByCreateFieldInput;
  RoleAspiredByDeleteFieldInput: RoleAspiredByDeleteFieldInput;
  RoleAspiredByDisconnectFieldInput: RoleAspiredByDisconnectFieldInput;
  RoleAspiredByFieldInput: RoleAspiredByFieldInput;
  RoleAspiredByNodeAggregationWhereInput: RoleAspiredByNodeAggregationWhereInput;
  RoleAspiredByRelationship: ResolverTypeWrapper<RoleAspiredByRelationship>;
  RoleAspiredByUpdateConnectionInput: RoleAspiredByUpdateConnectionInput;
  RoleAspiredByUpdateFieldInput: RoleAspiredByUpdateFieldInput;
  RoleBroaderGroupsConnectFieldInput: RoleBroaderGroupsConnectFieldInput;
  RoleBroaderGroupsConnection: ResolverTypeWrapper<RoleBroaderGroupsConnection>;
  RoleBroaderGroupsConnectionAggregateInput: RoleBroaderGroupsConnectionAggregateInput;
  RoleBroaderGroupsConnectionFilters: RoleBroaderGroupsConnectionFilters;
  RoleBroaderGroupsConnectionSort: RoleBroaderGroupsConnectionSort;
  RoleBroaderGroupsConnectionWhere: RoleBroaderGroupsConnectionWhere;
  RoleBroaderGroupsCreateFieldInput: RoleBroaderGroupsCreateFieldInput;
  RoleBroaderGroupsDeleteFieldInput: RoleBroaderGroupsDeleteFieldInput;
  RoleBroaderGroupsDisconnectFieldInput: RoleBroaderGroupsDisconnectFieldInput;
  RoleBroaderGroupsFieldInput: RoleBroaderGroupsFieldInput;
  RoleBroaderGroupsNodeAggregationWhereInput: RoleBroaderGroupsNodeAggregationWhereInput;
  RoleBroaderGroupsRelationship: ResolverTypeWrapper<RoleBroaderGroupsRelationship>;
  RoleBroaderGroupsUpdateConnectionInput: RoleBroaderGroupsUpdateConnectionInput;
  RoleBroaderGroupsUpdateFieldInput: RoleBroaderGroupsUpdateFieldInput;
  RoleBroaderRolesConnectFieldInput: RoleBroaderRolesConnectFieldInput;
  RoleBroaderRolesConnection: ResolverTypeWrapper<RoleBroaderRolesConnection>;
  RoleBroaderRolesConnectionAggregateInput: RoleBroaderRolesConnectionAggregateInput;
  RoleBroaderRolesConnectionFilters: RoleBroaderRolesConnectionFilters;
  RoleBroaderRolesConnectionSort: RoleBroaderRolesConnectionSort;
  RoleBroaderRolesConnectionWhere: RoleBroaderRolesConnectionWhere;
  RoleBroaderRolesCreateFieldInput: RoleBroaderRolesCreateFieldInput;
  RoleBroaderRolesDeleteFieldInput: RoleBroaderRolesDeleteFieldInput;
  RoleBroaderRolesDisconnectFieldInput: RoleBroaderRolesDisconnectFieldInput;
  RoleBroaderRolesFieldInput: RoleBroaderRolesFieldInput;
  RoleBroaderRolesNodeAggregationWhereInput: RoleBroaderRolesNodeAggregationWhereInput;
  RoleBroaderRolesRelationship: ResolverTypeWrapper<RoleBroaderRolesRelationship>;
  RoleBroaderRolesUpdateConnectionInput: RoleBroaderRolesUpdateConnectionInput;
  RoleBroaderRolesUpdateFieldInput: RoleBroaderRolesUpdateFieldInput;
  RoleCandidate: ResolverTypeWrapper<RoleCandidate>;
  RoleCandidateEdge: ResolverTypeWrapper<RoleCandidateEdge>;
  RoleCandidatePage: ResolverTypeWrapper<RoleCandidatePage>;
  RoleConnectInput: RoleConnectInput;
  RoleConnectWhere: RoleConnectWhere;
  RoleCreateInput: RoleCreateInput;
  RoleDeleteInput: RoleDeleteInput;
  RoleDisconnectInput: RoleDisconnectInput;
  RoleEdge: ResolverTypeWrapper<RoleEdge>;
  RoleEquivalentOfConnectFieldInput: RoleEquivalentOfConnectFieldInput;
  RoleEquivalentOfConnection: ResolverTypeWrapper<RoleEquivalentOfConnection>;
  RoleEquivalentOfConnectionAggregateInput: RoleEquivalentOfConnectionAggregateInput;
  RoleEquivalentOfConnectionFilters: RoleEquivalentOfConnectionFilters;
  RoleEquivalentOfConnectionSort: RoleEquivalentOfConnectionSort;
  RoleEquivalentOfConnectionWhere: RoleEquivalentOfConnectionWhere;
  RoleEquivalentOfCreateFieldInput: RoleEquivalentOfCreateFieldInput;
  RoleEquivalentOfDeleteFieldInput: RoleEquivalentOfDeleteFieldInput;
  RoleEquivalentOfDisconnectFieldInput: RoleEquivalentOfDisconnectFieldInput;
  RoleEquivalentOfFieldInput: RoleEquivalentOfFieldInput;
  RoleEquivalentOfNodeAggregationWhereInput: RoleEquivalentOfNodeAggregationWhereInput;
  RoleEquivalentOfRelationship: ResolverTypeWrapper<RoleEquivalentOfRelationship>;
  RoleEquivalentOfUpdateConnectionInput: RoleEquivalentOfUpdateConnectionInput;
  RoleEquivalentOfUpdateFieldInput: RoleEquivalentOfUpdateFieldInput;
  RoleEquivalentRolesConnectFieldInput: RoleEquivalentRolesConnectFieldInput;
  RoleEquivalentRolesConnection: ResolverTypeWrapper<RoleEquivalentRolesConnection>;
  RoleEquivalentRolesConnectionAggregateInput: RoleEquivalentRolesConnectionAggregateInput;
  RoleEquivalentRolesConnectionFilters: RoleEquivalentRolesConnectionFilters;
  RoleEquivalentRolesConnectionSort: RoleEquivalentRolesConnectionSort;
  RoleEquivalentRolesConnectionWhere: RoleEquivalentRolesConnectionWhere;
  RoleEquivalentRolesCreateFieldInput: RoleEquivalentRolesCreateFieldInput;
  RoleEquivalentRolesDeleteFieldInput: RoleEquivalentRolesDeleteFieldInput;
  RoleEquivalentRolesDisconnectFieldInput: RoleEquivalentRolesDisconnectFieldInput;
  RoleEquivalentRolesFieldInput: RoleEquivalentRolesFieldInput;
  RoleEquivalentRolesNodeAggregationWhereInput: RoleEquivalentRolesNodeAggregationWhereInput;
  RoleEquivalentRolesRelationship: ResolverTypeWrapper<RoleEquivalentRolesRelationship>;
  RoleEquivalentRolesUpdateConnectionInput: RoleEquivalentRolesUpdateConnectionInput;
  RoleEquivalentRolesUpdateFieldInput: RoleEquivalentRolesUpdateFieldInput;
  RoleHoldersConnectFieldInput: RoleHoldersConnectFieldInput;
  RoleHoldersConnection: ResolverTypeWrapper<RoleHoldersConnection>;
  RoleHoldersConnectionAggregateInput: RoleHoldersConnectionAggregateInput;
  RoleHoldersConnectionFilters: RoleHoldersConnectionFilters;
  RoleHoldersConnectionSort: RoleHoldersConnectionSort;
  RoleHoldersConnectionWhere: RoleHoldersConnectionWhere;
  RoleHoldersCreateFieldInput: RoleHoldersCreateFieldInput;
  RoleHoldersDeleteFieldInput: RoleHoldersDeleteFieldInput;
  RoleHoldersDisconnectFieldInput: RoleHoldersDisconnectFieldInput;
  RoleHoldersFieldInput: RoleHoldersFieldInput;
  RoleHoldersNodeAggregationWhereInput: RoleHoldersNodeAggregationWhereInput;
  RoleHoldersRelationship: ResolverTypeWrapper<RoleHoldersRelationship>;
  RoleHoldersUpdateConnectionInput: RoleHoldersUpdateConnectionInput;
  RoleHoldersUpdateFieldInput: RoleHoldersUpdateFieldInput;
  RoleNarrowerRolesConnectFieldInput: RoleNarrowerRolesConnectFieldInput;
  RoleNarrowerRolesConnection: ResolverTypeWrapper<RoleNarrowerRolesConnection>;
  RoleNarrowerRolesConnectionAggregateInput: RoleNarrowerRolesConnectionAggregateInput;
  RoleNarrowerRolesConnectionFilters: RoleNarrowerRolesConnectionFilters;
  RoleNarrowerRolesConnectionSort: RoleNarrowerRolesConnectionSort;
  RoleNarrowerRolesConnectionWhere: RoleNarrowerRolesConnectionWhere;
  RoleNarrowerRolesCreateFieldInput: RoleNarrowerRolesCreateFieldInput;
  RoleNarrowerRolesDeleteFieldInput: RoleNarrowerRolesDeleteFieldInput;
  RoleNarrowerRolesDisconnectFieldInput: RoleNarrowerRolesDisconnectFieldInput;
  RoleNarrowerRolesFieldInput: RoleNarrowerRolesFieldInput;
  RoleNarrowerRolesNodeAggregationWhereInput: RoleNarrowerRolesNodeAggregationWhereInput;
  RoleNarrowerRolesRelationship: ResolverTypeWrapper<RoleNarrowerRolesRelationship>;
  RoleNarrowerRolesUpdateConnectionInput: RoleNarrowerRolesUpdateConnectionInput;
  RoleNarrowerRolesUpdateFieldInput: RoleNarrowerRolesUpdateFieldInput;
  RoleOccupationGroupBroaderGroupsAggregateSelection: ResolverTypeWrapper<RoleOccupationGroupBroaderGroupsAggregateSelection>;
  RoleOccupationGroupBroaderGroupsNodeAggregateSelection: ResolverTypeWrapper<RoleOccupationGroupBroaderGroupsNodeAggregateSelection>;
  RoleOrgUnitStaffedInAggregateSelection: ResolverTypeWrapper<RoleOrgUnitStaffedInAggregateSelection>;
  RoleOrgUnitStaffedInEdgeAggregateSelection: ResolverTypeWrapper<RoleOrgUnitStaffedInEdgeAggregateSelection>;
  RoleOrgUnitStaffedInNodeAggregateSelection: ResolverTypeWrapper<RoleOrgUnitStaffedInNodeAggregateSelection>;
  RolePastHoldersConnectFieldInput: RolePastHoldersConnectFieldInput;
  RolePastHoldersConnection: ResolverTypeWrapper<RolePastHoldersConnection>;
  RolePastHoldersConnectionAggregateInput: RolePastHoldersConnectionAggregateInput;
  RolePastHoldersConnectionFilters: RolePastHoldersConnectionFilters;
  RolePastHoldersConnectionSort: RolePastHoldersConnectionSort;
  RolePastHoldersConnectionWhere: RolePastHoldersConnectionWhere;
  RolePastHoldersCreateFieldInput: RolePastHoldersCreateFieldInput;
  RolePastHoldersDeleteFieldInput: RolePastHoldersDeleteFieldInput;
  RolePastHoldersDisconnectFieldInput: RolePastHoldersDisconnectFieldInput;
  RolePastHoldersFieldInput: RolePastHoldersFieldInput;
  RolePastHoldersNodeAggregationWhereInput: RolePastHoldersNodeAggregationWhereInput;
  RolePastHoldersRelationship: ResolverTypeWrapper<RolePastHoldersRelationship>;
  RolePastHoldersUpdateConnectionInput: RolePastHoldersUpdateConnectionInput;
  RolePastHoldersUpdateFieldInput: RolePastHoldersUpdateFieldInput;
  RolePersonAspiredByAggregateSelection: ResolverTypeWrapper<RolePersonAspiredByAggregateSelection>;
  RolePersonAspiredByNodeAggregateSelection: ResolverTypeWrapper<RolePersonAspiredByNodeAggregateSelection>;
  RolePersonHoldersAggregateSelection: ResolverTypeWrapper<RolePersonHoldersAggregateSelection>;
  RolePersonHoldersNodeAggregateSelection: ResolverTypeWrapper<RolePersonHoldersNodeAggregateSelection>;
  RolePersonPastHoldersAggregateSelection: ResolverTypeWrapper<RolePersonPastHoldersAggregateSelection>;
  RolePersonPastHoldersNodeAggregateSelection: ResolverTypeWrapper<RolePersonPastHoldersNodeAggregateSelection>;
  RoleRelationshipFilters: RoleRelationshipFilters;
  RoleRequiresConnectFieldInput: RoleRequiresConnectFieldInput;
  RoleRequiresConnection: ResolverTypeWrapper<RoleRequiresConnection>;
  RoleRequiresConnectionAggregateInput: RoleRequiresConnectionAggregateInput;
  RoleRequiresConnectionFilters: RoleRequiresConnectionFilters;
  RoleRequiresConnectionSort: RoleRequiresConnectionSort;
  RoleRequiresConnectionWhere: RoleRequiresConnectionWhere;
  RoleRequiresCreateFieldInput: RoleRequiresCreateFieldInput;
  RoleRequiresDeleteFieldInput: RoleRequiresDeleteFieldInput;
  RoleRequiresDisconnectFieldInput: RoleRequiresDisconnectFieldInput;
  RoleRequiresFieldInput: RoleRequiresFieldInput;
  RoleRequiresNodeAggregationWhereInput: RoleRequiresNodeAggregationWhereInput;
  RoleRequiresRelationship: ResolverTypeWrapper<RoleRequiresRelationship>;
  RoleRequiresUpdateConnectionInput: RoleRequiresUpdateConnectionInput;
  RoleRequiresUpdateFieldInput: RoleRequiresUpdateFieldInput;
  RoleRoleBroaderRolesAggregateSelection: ResolverTypeWrapper<RoleRoleBroaderRolesAggregateSelection>;
  RoleRoleBroaderRolesNodeAggregateSelection: ResolverTypeWrapper<RoleRoleBroaderRolesNodeAggregateSelection>;
  RoleRoleEquivalentOfAggregateSelection: ResolverTypeWrapper<RoleRoleEquivalentOfAggregateSelection>;
  RoleRoleEquivalentOfEdgeAggregateSelection: ResolverTypeWrapper<RoleRoleEquivalentOfEdgeAggregateSelection>;
  RoleRoleEquivalentOfNodeAggregateSelection: ResolverTypeWrapper<RoleRoleEquivalentOfNodeAggregateSelection>;
  RoleRoleEquivalentRolesAggregateSelection: ResolverTypeWrapper<RoleRoleEquivalentRolesAggregateSelection>;
  RoleRoleEquivalentRolesEdgeAggregateSelection: ResolverTypeWrapper<RoleRoleEquivalentRolesEdgeAggregateSelection>;
  RoleRoleEquivalentRolesNodeAggregateSelection: ResolverTypeWrapper<RoleRoleEquivalentRolesNodeAggregateSelection>;
  RoleRoleNarrowerRolesAggregateSelection: ResolverTypeWrapper<RoleRoleNarrowerRolesAggregateSelection>;
  RoleRoleNarrowerRolesNodeAggregateSelection: ResolverTypeWrapper<RoleRoleNarrowerRolesNodeAggregateSelection>;
  RoleSkillRequiresAggregateSelection: ResolverTypeWrapper<RoleSkillRequiresAggregateSelection>;
  RoleSkillRequiresEdgeAggregateSelection: ResolverTypeWrapper<RoleSkillRequiresEdgeAggregateSelection>;
  RoleSkillRequiresNodeAggregateSelection: ResolverTypeWrapper<RoleSkillRequiresNodeAggregateSelection>;
  RoleSort: RoleSort;
  RoleStaffedInConnectFieldInput: RoleStaffedInConnectFieldInput;
  RoleStaffedInConnection: ResolverTypeWrapper<RoleStaffedInConnection>;
  RoleStaffedInConnectionAggregateInput: RoleStaffedInConnectionAggregateInput;
  RoleStaffedInConnectionFilters: RoleStaffedInConnectionFilters;
  RoleStaffedInConnectionSort: RoleStaffedInConnectionSort;
  RoleStaffedInConnectionWhere: RoleStaffedInConnectionWhere;
  RoleStaffedInCreateFieldInput: RoleStaffedInCreateFieldInput;
  RoleStaffedInDeleteFieldInput: RoleStaffedInDeleteFieldInput;
  RoleStaffedInDisconnectFieldInput: RoleStaffedInDisconnectFieldInput;
  RoleStaffedInFieldInput: RoleStaffedInFieldInput;
  RoleStaffedInNodeAggregationWhereInput: RoleStaffedInNodeAggregationWhereInput;
  RoleStaffedInRelationship: ResolverTypeWrapper<RoleStaffedInRelationship>;
  RoleStaffedInUpdateConnectionInput: RoleStaffedInUpdateConnectionInput;
  RoleStaffedInUpdateFieldInput: RoleStaffedInUpdateFieldInput;
  RoleTenure: ResolverTypeWrapper<RoleTenure>;
  RoleTenureCreateInput: RoleTenureCreateInput;
  RoleTenureSort: RoleTenureSort;
  RoleTenureUpdateInput: RoleTenureUpdateInput;
  RoleTenureWhere: RoleTenureWhere;
  RoleTransition: ResolverTypeWrapper<Omit<RoleTransition, 'missing'> & { missing: Array<ResolversTypes['TransitionGap']> }>;
  RoleUpdateInput: RoleUpdateInput;
  RoleWhere: RoleWhere;
  RolesConnection: ResolverTypeWrapper<RolesConnection>;
  SearchText: ResolverTypeWrapper<Scalars['SearchText']['output']>;
  Sharing: ResolverTypeWrapper<Sharing>;
  SharingInput: SharingInput;
  Skill: ResolverTypeWrapper<Skill>;
  SkillAggregate: ResolverTypeWrapper<SkillAggregate>;
  SkillAggregateNode: ResolverTypeWrapper<SkillAggregateNode>;
  SkillBroaderGroupsConnectFieldInput: SkillBroaderGroupsConnectFieldInput;
  SkillBroaderGroupsConnection: ResolverTypeWrapper<SkillBroaderGroupsConnection>;
  SkillBroaderGroupsConnectionAggregateInput: SkillBroaderGroupsConnectionAggregateInput;
  SkillBroaderGroupsConnectionFilters: SkillBroaderGroupsConnectionFilters;
  SkillBroaderGroupsConnectionSort: SkillBroaderGroupsConnectionSort;
  SkillBroaderGroupsConnectionWhere: SkillBroaderGroupsConnectionWhere;
  SkillBroaderGroupsCreateFieldInput: SkillBroaderGroupsCreateFieldInput;
  SkillBroaderGroupsDeleteFieldInput: SkillBroaderGroupsDeleteFieldInput;
  SkillBroaderGroupsDisconnectFieldInput: SkillBroaderGroupsDisconnectFieldInput;
  SkillBroaderGroupsFieldInput: SkillBroaderGroupsFieldInput;
  SkillBroaderGroupsNodeAggregationWhereInput: SkillBroaderGroupsNodeAggregationWhereInput;
  SkillBroaderGroupsRelationship: ResolverTypeWrapper<SkillBroaderGroupsRelationship>;
  SkillBroaderGroupsUpdateConnectionInput: SkillBroaderGroupsUpdateConnectionInput;
  SkillBroaderGroupsUpdateFieldInput: SkillBroaderGroupsUpdateFieldInput;
  SkillBroaderSkillsConnectFieldInput: SkillBroaderSkillsConnectFieldInput;
  SkillBroaderSkillsConnection: ResolverTypeWrapper<SkillBroaderSkillsConnection>;
  SkillBroaderSkillsConnectionAggregateInput: SkillBroaderSkillsConnectionAggregateInput;
  SkillBroaderSkillsConnectionFilters: SkillBroaderSkillsConnectionFilters;
  SkillBroaderSkillsConnectionSort: SkillBroaderSkillsConnectionSort;
  SkillBroaderSkillsConnectionWhere: SkillBroaderSkillsConnectionWhere;
  SkillBroaderSkillsCreateFieldInput: SkillBroaderSkillsCreateFieldInput;
  SkillBroaderSkillsDeleteFieldInput: SkillBroaderSkillsDeleteFieldInput;
  SkillBroaderSkillsDisconnectFieldInput: SkillBroaderSkillsDisconnectFieldInput;
  SkillBroaderSkillsFieldInput: SkillBroaderSkillsFieldInput;
  SkillBroaderSkillsNodeAggregationWhereInput: SkillBroaderSkillsNodeAggregationWhereInput;
  SkillBroaderSkillsRelationship: ResolverTypeWrapper<SkillBroaderSkillsRelationship>;
  SkillBroaderSkillsUpdateConnectionInput: SkillBroaderSkillsUpdateConnectionInput;
  SkillBroaderSkillsUpdateFieldInput: SkillBroaderSkillsUpdateFieldInput;
  SkillCertifiedByConnectFieldInput: SkillCertifiedByConnectFieldInput;
  SkillCertifiedByConnection: ResolverTypeWrapper<SkillCertifiedByConnection>;
  SkillCertifiedByConnectionAggregateInput: SkillCertifiedByConnectionAggregateInput;
  SkillCertifiedByConnectionFilters: SkillCertifiedByConnectionFilters;
  SkillCertifiedByConnectionSort: SkillCertifiedByConnectionSort;
  SkillCertifiedByConnectionWhere: SkillCertifiedByConnectionWhere;
  SkillCertifiedByCreateFieldInput: SkillCertifiedByCreateFieldInput;
  SkillCertifiedByDeleteFieldInput: SkillCertifiedByDeleteFieldInput;
  SkillCertifiedByDisconnectFieldInput: SkillCertifiedByDisconnectFieldInput;
  SkillCertifiedByFieldInput: SkillCertifiedByFieldInput;
  SkillCertifiedByNodeAggregationWhereInput: SkillCertifiedByNodeAggregationWhereInput;
  SkillCertifiedByRelationship: ResolverTypeWrapper<SkillCertifiedByRelationship>;
  SkillCertifiedByUpdateConnectionInput: SkillCertifiedByUpdateConnectionInput;
  SkillCertifiedByUpdateFieldInput: SkillCertifiedByUpdateFieldInput;
  SkillConnectInput: SkillConnectInput;
  SkillConnectWhere: SkillConnectWhere;
  SkillCourseTaughtByAggregateSelection: ResolverTypeWrapper<SkillCourseTaughtByAggregateSelection>;
  SkillCourseTaughtByEdgeAggregateSelection: ResolverTypeWrapper<SkillCourseTaughtByEdgeAggregateSelection>;
  SkillCourseTaughtByNodeAggregateSelection: ResolverTypeWrapper<SkillCourseTaughtByNodeAggregateSelection>;
  SkillCreateInput: SkillCreateInput;
  SkillCredentialCertifiedByAggregateSelection: ResolverTypeWrapper<SkillCredentialCertifiedByAggregateSelection>;
  SkillCredentialCertifiedByEdgeAggregateSelection: ResolverTypeWrapper<SkillCredentialCertifiedByEdgeAggregateSelection>;
  SkillCredentialCertifiedByNodeAggregateSelection: ResolverTypeWrapper<SkillCredentialCertifiedByNodeAggregateSelection>;
  SkillDeleteInput: SkillDeleteInput;
  SkillDisconnectInput: SkillDisconnectInput;
  SkillEdge: ResolverTypeWrapper<SkillEdge>;
  SkillEvidence: ResolverTypeWrapper<SkillEvidence>;
  SkillEvidenceAggregationWhereInput: SkillEvidenceAggregationWhereInput;
  SkillEvidenceCreateInput: SkillEvidenceCreateInput;
  SkillEvidenceSort: SkillEvidenceSort;
  SkillEvidenceUpdateInput: SkillEvidenceUpdateInput;
  SkillEvidenceWhere: SkillEvidenceWhere;
  SkillGapReport: ResolverTypeWrapper<SkillGapReport>;
  SkillGapRow: ResolverTypeWrapper<SkillGapRow>;
  SkillGroup: ResolverTypeWrapper<SkillGroup>;
  SkillGroupAggregate: ResolverTypeWrapper<SkillGroupAggregate>;
  SkillGroupAggregateNode: ResolverTypeWrapper<SkillGroupAggregateNode>;
  SkillGroupBroaderGroupsConnectFieldInput: SkillGroupBroaderGroupsConnectFieldInput;
  SkillGroupBroaderGroupsConnection: ResolverTypeWrapper<SkillGroupBroaderGroupsConnection>;
  SkillGroupBroaderGroupsConnectionAggregateInput: SkillGroupBroaderGroupsConnectionAggregateInput;
  SkillGroupBroaderGroupsConnectionFilters: SkillGroupBroaderGroupsConnectionFilters;
  SkillGroupBroaderGroupsConnectionSort: SkillGroupBroaderGroupsConnectionSort;
  SkillGroupBroaderGroupsConnectionWhere: SkillGroupBroaderGroupsConnectionWhere;
  SkillGroupBroaderGroupsCreateFieldInput: SkillGroupBroaderGroupsCreateFieldInput;
  SkillGroupBroaderGroupsDeleteFieldInput: SkillGroupBroaderGroupsDeleteFieldInput;
  SkillGroupBroaderGroupsDisconnectFieldInput: SkillGroupBroaderGroupsDisconnectFieldInput;
  SkillGroupBroaderGroupsFieldInput: SkillGroupBroaderGroupsFieldInput;
  SkillGroupBroaderGroupsNodeAggregationWhereInput: SkillGroupBroaderGroupsNodeAggregationWhereInput;
  SkillGroupBroaderGroupsRelationship: ResolverTypeWrapper<SkillGroupBroaderGroupsRelationship>;
  SkillGroupBroaderGroupsUpdateConnectionInput: SkillGroupBroaderGroupsUpdateConnectionInput;
  SkillGroupBroaderGroupsUpdateFieldInput: SkillGroupBroaderGroupsUpdateFieldInput;
  SkillGroupConnectInput: SkillGroupConnectInput;
  SkillGroupConnectWhere: SkillGroupConnectWhere;
  SkillGroupCreateInput: SkillGroupCreateInput;
  SkillGroupDeleteInput: SkillGroupDeleteInput;
  SkillGroupDisconnectInput: SkillGroupDisconnectInput;
  SkillGroupEdge: ResolverTypeWrapper<SkillGroupEdge>;
  SkillGroupNarrowerGroupsConnectFieldInput: SkillGroupNarrowerGroupsConnectFieldInput;
  SkillGroupNarrowerGroupsConnection: ResolverTypeWrapper<SkillGroupNarrowerGroupsConnection>;
  SkillGroupNarrowerGroupsConnectionAggregateInput: SkillGroupNarrowerGroupsConnectionAggregateInput;
  SkillGroupNarrowerGroupsConnectionFilters: SkillGroupNarrowerGroupsConnectionFilters;
  SkillGroupNarrowerGroupsConnectionSort: SkillGroupNarrowerGroupsConnectionSort;
  SkillGroupNarrowerGroupsConnectionWhere: SkillGroupNarrowerGroupsConnectionWhere;
  SkillGroupNarrowerGroupsCreateFieldInput: SkillGroupNarrowerGroupsCreateFieldInput;
  SkillGroupNarrowerGroupsDeleteFieldInput: SkillGroupNarrowerGroupsDeleteFieldInput;
  SkillGroupNarrowerGroupsDisconnectFieldInput: SkillGroupNarrowerGroupsDisconnectFieldInput;
  SkillGroupNarrowerGroupsFieldInput: SkillGroupNarrowerGroupsFieldInput;
  SkillGroupNarrowerGroupsNodeAggregationWhereInput: SkillGroupNarrowerGroupsNodeAggregationWhereInput;
  SkillGroupNarrowerGroupsRelationship: ResolverTypeWrapper<SkillGroupNarrowerGroupsRelationship>;
  SkillGroupNarrowerGroupsUpdateConnectionInput: SkillGroupNarrowerGroupsUpdateConnectionInput;
  SkillGroupNarrowerGroupsUpdateFieldInput: SkillGroupNarrowerGroupsUpdateFieldInput;
  SkillGroupNarrowerSkillsConnectFieldInput: SkillGroupNarrowerSkillsConnectFieldInput;
  SkillGroupNarrowerSkillsConnection: ResolverTypeWrapper<SkillGroupNarrowerSkillsConnection>;
  SkillGroupNarrowerSkillsConnectionAggregateInput: SkillGroupNarrowerSkillsConnectionAggregateInput;
  SkillGroupNarrowerSkillsConnectionFilters: SkillGroupNarrowerSkillsConnectionFilters;
  SkillGroupNarrowerSkillsConnectionSort: SkillGroupNarrowerSkillsConnectionSort;
  SkillGroupNarrowerSkillsConnectionWhere: SkillGroupNarrowerSkillsConnectionWhere;
  SkillGroupNarrowerSkillsCreateFieldInput: SkillGroupNarrowerSkillsCreateFieldInput;
  SkillGroupNarrowerSkillsDeleteFieldInput: SkillGroupNarrowerSkillsDeleteFieldInput;
  SkillGroupNarrowerSkillsDisconnectFieldInput: SkillGroupNarrowerSkillsDisconnectFieldInput;
  SkillGroupNarrowerSkillsFieldInput: SkillGroupNarrowerSkillsFieldInput;
  SkillGroupNarrowerSkillsNodeAggregationWhereInput: SkillGroupNarrowerSkillsNodeAggregationWhereInput;
  SkillGroupNarrowerSkillsRelationship: ResolverTypeWrapper<SkillGroupNarrowerSkillsRelationship>;
  SkillGroupNarrowerSkillsUpdateConnectionInput: SkillGroupNarrowerSkillsUpdateConnectionInput;
  SkillGroupNarrowerSkillsUpdateFieldInput: SkillGroupNarrowerSkillsUpdateFieldInput;
  SkillGroupRelationshipFilters: SkillGroupRelationshipFilters;
  SkillGroupSkillGroupBroaderGroupsAggregateSelection: ResolverTypeWrapper<SkillGroupSkillGroupBroaderGroupsAggregateSelection>;
  SkillGroupSkillGroupBroaderGroupsNodeAggregateSelection: ResolverTypeWrapper<SkillGroupSkillGroupBroaderGroupsNodeAggregateSelection>;
  SkillGroupSkillGroupNarrowerGroupsAggregateSelection: ResolverTypeWrapper<SkillGroupSkillGroupNarrowerGroupsAggregateSelection>;
  SkillGroupSkillGroupNarrowerGroupsNodeAggregateSelection: ResolverTypeWrapper<SkillGroupSkillGroupNarrowerGroupsNodeAggregateSelection>;
  SkillGroupSkillNarrowerSkillsAggregateSelection: ResolverTypeWrapper<SkillGroupSkillNarrowerSkillsAggregateSelection>;
  SkillGroupSkillNarrowerSkillsNodeAggregateSelection: ResolverTypeWrapper<SkillGroupSkillNarrowerSkillsNodeAggregateSelection>;
  SkillGroupSort: SkillGroupSort;
  SkillGroupUpdateInput: SkillGroupUpdateInput;
  SkillGroupWhere: SkillGroupWhere;
  SkillGroupsConnection: ResolverTypeWrapper<SkillGroupsConnection>;
  SkillHeldByConnectFieldInput: SkillHeldByConnectFieldInput;
  SkillHeldByConnection: ResolverTypeWrapper<SkillHeldByConnection>;
  SkillHeldByConnectionAggregateInput: SkillHeldByConnectionAggregateInput;
  SkillHeldByConnectionFilters: SkillHeldByConnectionFilters;
  SkillHeldByConnectionSort: SkillHeldByConnectionSort;
  SkillHeldByConnectionWhere: SkillHeldByConnectionWhere;
  SkillHeldByCreateFieldInput: SkillHeldByCreateFieldInput;
  SkillHeldByDeleteFieldInput: SkillHeldByDeleteFieldInput;
  SkillHeldByDisconnectFieldInput: SkillHeldByDisconnectFieldInput;
  SkillHeldByFieldInput: SkillHeldByFieldInput;
  SkillHeldByNodeAggregationWhereInput: SkillHeldByNodeAggregationWhereInput;
  SkillHeldByRelationship: ResolverTypeWrapper<SkillHeldByRelationship>;
  SkillHeldByUpdateConnectionInput: SkillHeldByUpdateConnectionInput;
  SkillHeldByUpdateFieldInput: SkillHeldByUpdateFieldInput;
  SkillLevel: ResolverTypeWrapper<SkillLevel>;
  SkillLevelAggregationWhereInput: SkillLevelAggregationWhereInput;
  SkillLevelCreateInput: SkillLevelCreateInput;
  SkillLevelSort: SkillLevelSort;
  SkillLevelUpdateInput: SkillLevelUpdateInput;
  SkillLevelWhere: SkillLevelWhere;
  SkillNarrowerSkillsConnectFieldInput: SkillNarrowerSkillsConnectFieldInput;
  SkillNarrowerSkillsConnection: ResolverTypeWrapper<SkillNarrowerSkillsConnection>;
  SkillNarrowerSkillsConnectionAggregateInput: SkillNarrowerSkillsConnectionAggregateInput;
  SkillNarrowerSkillsConnectionFilters: SkillNarrowerSkillsConnectionFilters;
  SkillNarrowerSkillsConnectionSort: SkillNarrowerSkillsConnectionSort;
  SkillNarrowerSkillsConnectionWhere: SkillNarrowerSkillsConnectionWhere;
  SkillNarrowerSkillsCreateFieldInput: SkillNarrowerSkillsCreateFieldInput;
  SkillNarrowerSkillsDeleteFieldInput: SkillNarrowerSkillsDeleteFieldInput;
  SkillNarrowerSkillsDisconnectFieldInput: SkillNarrowerSkillsDisconnectFieldInput;
  SkillNarrowerSkillsFieldInput: SkillNarrowerSkillsFieldInput;
  SkillNarrowerSkillsNodeAggregationWhereInput: SkillNarrowerSkillsNodeAggregationWhereInput;
  SkillNarrowerSkillsRelationship: ResolverTypeWrapper<SkillNarrowerSkillsRelationship>;
  SkillNarrowerSkillsUpdateConnectionInput: SkillNarrowerSkillsUpdateConnectionInput;
  SkillNarrowerSkillsUpdateFieldInput: SkillNarrowerSkillsUpdateFieldInput;
  SkillPersonHeldByAggregateSelection: ResolverTypeWrapper<SkillPersonHeldByAggregateSelection>;
  SkillPersonHeldByEdgeAggregateSelection: ResolverTypeWrapper<SkillPersonHeldByEdgeAggregateSelection>;
  SkillPersonHeldByNodeAggregateSelection: ResolverTypeWrapper<SkillPersonHeldByNodeAggregateSelection>;
  SkillRaise: ResolverTypeWrapper<SkillRaise>;
  SkillRelatedSkillsConnectFieldInput: SkillRelatedSkillsConnectFieldInput;
  SkillRelatedSkillsConnection: ResolverTypeWrapper<SkillRelatedSkillsConnection>;
  SkillRelatedSkillsConnectionAggregateInput: SkillRelatedSkillsConnectionAggregateInput;
  SkillRelatedSkillsConnectionFilters: SkillRelatedSkillsConnectionFilters;
  SkillRelatedSkillsConnectionSort: SkillRelatedSkillsConnectionSort;
  SkillRelatedSkillsConnectionWhere: SkillRelatedSkillsConnectionWhere;
  SkillRelatedSkillsCreateFieldInput: SkillRelatedSkillsCreateFieldInput;
  SkillRelatedSkillsDeleteFieldInput: SkillRelatedSkillsDeleteFieldInput;
  SkillRelatedSkillsDisconnectFieldInput: SkillRelatedSkillsDisconnectFieldInput;
  SkillRelatedSkillsFieldInput: SkillRelatedSkillsFieldInput;
  SkillRelatedSkillsNodeAggregationWhereInput: SkillRelatedSkillsNodeAggregationWhereInput;
  SkillRelatedSkillsRelationship: ResolverTypeWrapper<SkillRelatedSkillsRelationship>;
  SkillRelatedSkillsUpdateConnectionInput: SkillRelatedSkillsUpdateConnectionInput;
  SkillRelatedSkillsUpdateFieldInput: SkillRelatedSkillsUpdateFieldInput;
  SkillRelation: ResolverTypeWrapper<SkillRelation>;
  SkillRelationCreateInput: SkillRelationCreateInput;
  SkillRelationSort: SkillRelationSort;
  SkillRelationUpdateInput: SkillRelationUpdateInput;
  SkillRelationWhere: SkillRelationWhere;
  SkillRelationshipFilters: SkillRelationshipFilters;
  SkillRequiredByConnectFieldInput: SkillRequiredByConnectFieldInput;
  SkillRequiredByConnection: ResolverTypeWrapper<SkillRequiredByConnection>;
  SkillRequiredByConnectionAggregateInput: SkillRequiredByConnectionAggregateInput;
  SkillRequiredByConnectionFilters: SkillRequiredByConnectionFilters;
  SkillRequiredByConnectionSort: SkillRequiredByConnectionSort;
  SkillRequiredByConnectionWhere: SkillRequiredByConnectionWhere;
  SkillRequiredByCreateFieldInput: SkillRequiredByCreateFieldInput;
  SkillRequiredByDeleteFieldInput: SkillRequiredByDeleteFieldInput;
  SkillRequiredByDisconnectFieldInput: SkillRequiredByDisconnectFieldInput;
  SkillRequiredByFieldInput: SkillRequiredByFieldInput;
  SkillRequiredByNodeAggregationWhereInput: SkillRequiredByNodeAggregationWhereInput;
  SkillRequiredByRelationship: ResolverTypeWrapper<SkillRequiredByRelationship>;
  SkillRequiredByUpdateConnectionInput: SkillRequiredByUpdateConnectionInput;
  SkillRequiredByUpdateFieldInput: SkillRequiredByUpdateFieldInput;
  SkillRoleRequiredByAggregateSelection: ResolverTypeWrapper<SkillRoleRequiredByAggregateSelection>;
  SkillRoleRequiredByEdgeAggregateSelection: ResolverTypeWrapper<SkillRoleRequiredByEdgeAggregateSelection>;
  SkillRoleRequiredByNodeAggregateSelection: ResolverTypeWrapper<SkillRoleRequiredByNodeAggregateSelection>;
  SkillSearchMode: SkillSearchMode;
  SkillSkillBroaderSkillsAggregateSelection: ResolverTypeWrapper<SkillSkillBroaderSkillsAggregateSelection>;
  SkillSkillBroaderSkillsNodeAggregateSelection: ResolverTypeWrapper<SkillSkillBroaderSkillsNodeAggregateSelection>;
  SkillSkillGroupBroaderGroupsAggregateSelection: ResolverTypeWrapper<SkillSkillGroupBroaderGroupsAggregateSelection>;
  SkillSkillGroupBroaderGroupsNodeAggregateSelection: ResolverTypeWrapper<SkillSkillGroupBroaderGroupsNodeAggregateSelection>;
  SkillSkillNarrowerSkillsAggregateSelection: ResolverTypeWrapper<SkillSkillNarrowerSkillsAggregateSelection>;
  SkillSkillNarrowerSkillsNodeAggregateSelection: ResolverTypeWrapper<SkillSkillNarrowerSkillsNodeAggregateSelection>;
  SkillSkillRelatedSkillsAggregateSelection: ResolverTypeWrapper<SkillSkillRelatedSkillsAggregateSelection>;
  SkillSkillRelatedSkillsNodeAggregateSelection: ResolverTypeWrapper<SkillSkillRelatedSkillsNodeAggregateSelection>;
  SkillSort: SkillSort;
  SkillSuggestion: ResolverTypeWrapper<SkillSuggestion>;
  SkillSupplyDemand: ResolverTypeWrapper<SkillSupplyDemand>;
  SkillSupplyDemandRow: ResolverTypeWrapper<SkillSupplyDemandRow>;
  SkillTag: ResolverTypeWrapper<SkillTag>;
  SkillTaughtByConnectFieldInput: SkillTaughtByConnectFieldInput;
  SkillTaughtByConnection: ResolverTypeWrapper<SkillTaughtByConnection>;
  SkillTaughtByConnectionAggregateInput: SkillTaughtByConnectionAggregateInput;
  SkillTaughtByConnectionFilters: SkillTaughtByConnectionFilters;
  SkillTaughtByConnectionSort: SkillTaughtByConnectionSort;
  SkillTaughtByConnectionWhere: SkillTaughtByConnectionWhere;
  SkillTaughtByCreateFieldInput: SkillTaughtByCreateFieldInput;
  SkillTaughtByDeleteFieldInput: SkillTaughtByDeleteFieldInput;
  SkillTaughtByDisconnectFieldInput: SkillTaughtByDisconnectFieldInput;
  SkillTaughtByFieldInput: SkillTaughtByFieldInput;
  SkillTaughtByNodeAggregationWhereInput: SkillTaughtByNodeAggregationWhereInput;
  SkillTaughtByRelationship: ResolverTypeWrapper<SkillTaughtByRelationship>;
  SkillTaughtByUpdateConnectionInput: SkillTaughtByUpdateConnectionInput;
  SkillTaughtByUpdateFieldInput: SkillTaughtByUpdateFieldInput;
  SkillType: SkillType;
  SkillTypeEnumScalarFilters: SkillTypeEnumScalarFilters;
  SkillTypeEnumScalarMutations: SkillTypeEnumScalarMutations;
  SkillUpdateInput: SkillUpdateInput;
  SkillWhere: SkillWhere;
  SkillsConnection: ResolverTypeWrapper<SkillsConnection>;
  SortDirection: SortDirection;
  SpecificityKind: SpecificityKind;
  StackAtRisk: ResolverTypeWrapper<StackAtRisk>;
  StackEntry: ResolverTypeWrapper<StackEntry>;
  StackPart: ResolverTypeWrapper<StackPart>;
  StackPartCreateInput: StackPartCreateInput;
  StackPartSort: StackPartSort;
  StackPartUpdateInput: StackPartUpdateInput;
  StackPartWhere: StackPartWhere;
  StackRule: ResolverTypeWrapper<StackRule>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  StringAggregateSelection: ResolverTypeWrapper<StringAggregateSelection>;
  StringListFilters: StringListFilters;
  StringScalarAggregationFilters: StringScalarAggregationFilters;
  StringScalarFilters: StringScalarFilters;
  StringScalarMutations: StringScalarMutations;
  SuggestedCourse: ResolverTypeWrapper<SuggestedCourse>;
  SuggestionStatus: SuggestionStatus;
  SuggestionTarget: SuggestionTarget;
  TagMethod: TagMethod;
  Taxonomy: Taxonomy;
  TaxonomyEnumScalarFilters: TaxonomyEnumScalarFilters;
  TaxonomyEnumScalarMutations: TaxonomyEnumScalarMutations;
  Team: ResolverTypeWrapper<Team>;
  TeamAggregate: ResolverTypeWrapper<TeamAggregate>;
  TeamAggregateNode: ResolverTypeWrapper<TeamAggregateNode>;
  TeamConnectInput: TeamConnectInput;
  TeamConnectWhere: TeamConnectWhere;
  TeamConstraintsInput: TeamConstraintsInput;
  TeamCreateInput: TeamCreateInput;
  TeamDeleteInput: TeamDeleteInput;
  TeamDisconnectInput: TeamDisconnectInput;
  TeamEdge: ResolverTypeWrapper<TeamEdge>;
  TeamEvidence: ResolverTypeWrapper<TeamEvidence>;
  TeamMember: ResolverTypeWrapper<TeamMember>;
  TeamMembersConnectFieldInput: TeamMembersConnectFieldInput;
  TeamMembersConnection: ResolverTypeWrapper<TeamMembersConnection>;
  TeamMembersConnectionAggregateInput: TeamMembersConnectionAggregateInput;
  TeamMembersConnectionFilters: TeamMembersConnectionFilters;
  TeamMembersConnectionSort: TeamMembersConnectionSort;
  TeamMembersConnectionWhere: TeamMembersConnectionWhere;
  TeamMembersCreateFieldInput: TeamMembersCreateFieldInput;
  TeamMembersDeleteFieldInput: TeamMembersDeleteFieldInput;
  TeamMembersDisconnectFieldInput: TeamMembersDisconnectFieldInput;
  TeamMembersFieldInput: TeamMembersFieldInput;
  TeamMembersNodeAggregationWhereInput: TeamMembersNodeAggregationWhereInput;
  TeamMembersRelationship: ResolverTypeWrapper<TeamMembersRelationship>;
  TeamMembersUpdateConnectionInput: TeamMembersUpdateConnectionInput;
  TeamMembersUpdateFieldInput: TeamMembersUpdateFieldInput;
  TeamMembership: ResolverTypeWrapper<TeamMembership>;
  TeamMembershipAggregationWhereInput: TeamMembershipAggregationWhereInput;
  TeamMembershipCreateInput: TeamMembershipCreateInput;
  TeamMembershipSort: TeamMembershipSort;
  TeamMembershipUpdateInput: TeamMembershipUpdateInput;
  TeamMembershipWhere: TeamMembershipWhere;
  TeamNeed: ResolverTypeWrapper<TeamNeed>;
  TeamNeedAggregationWhereInput: TeamNeedAggregationWhereInput;
  TeamNeedCreateInput: TeamNeedCreateInput;
  TeamNeedSort: TeamNeedSort;
  TeamNeedUpdateInput: TeamNeedUpdateInput;
  TeamNeedWhere: TeamNeedWhere;
  TeamNeedsConnectFieldInput: TeamNeedsConnectFieldInput;
  TeamNeedsConnection: ResolverTypeWrapper<TeamNeedsConnection>;
  TeamNeedsConnectionAggregateInput: TeamNeedsConnectionAggregateInput;
  TeamNeedsConnectionFilters: TeamNeedsConnectionFilters;
  TeamNeedsConnectionSort: TeamNeedsConnectionSort;
  TeamNeedsConnectionWhere: TeamNeedsConnectionWhere;
  TeamNeedsCreateFieldInput: TeamNeedsCreateFieldInput;
  TeamNeedsDeleteFieldInput: TeamNeedsDeleteFieldInput;
  TeamNeedsDisconnectFieldInput: TeamNeedsDisconnectFieldInput;
  TeamNeedsFieldInput: TeamNeedsFieldInput;
  TeamNeedsNodeAggregationWhereInput: TeamNeedsNodeAggregationWhereInput;
  TeamNeedsRelationship: ResolverTypeWrapper<TeamNeedsRelationship>;
  TeamNeedsUpdateConnectionInput: TeamNeedsUpdateConnectionInput;
  TeamNeedsUpdateFieldInput: TeamNeedsUpdateFieldInput;
  TeamOrgUnitConnection: ResolverTypeWrapper<TeamOrgUnitConnection>;
  TeamOrgUnitConnectionWhere: TeamOrgUnitConnectionWhere;
  TeamOrgUnitCreateFieldInput: TeamOrgUnitCreateFieldInput;
  TeamOrgUnitDeleteFieldInput: TeamOrgUnitDeleteFieldInput;
  TeamOrgUnitFieldInput: TeamOrgUnitFieldInput;
  TeamOrgUnitRelationship: ResolverTypeWrapper<TeamOrgUnitRelationship>;
  TeamPersonMembersAggregateSelection: ResolverTypeWrapper<TeamPersonMembersAggregateSelection>;
  TeamPersonMembersEdgeAggregateSelection: ResolverTypeWrapper<TeamPersonMembersEdgeAggregateSelection>;
  TeamPersonMembersNodeAggregateSelection: ResolverTypeWrapper<TeamPersonMembersNodeAggregateSelection>;
  TeamRelationshipFilters: TeamRelationshipFilters;
  TeamRequirementInput: TeamRequirementInput;
  TeamSkillNeedsAggregateSelection: ResolverTypeWrapper<TeamSkillNeedsAggregateSelection>;
  TeamSkillNeedsEdgeAggregateSelection: ResolverTypeWrapper<TeamSkillNeedsEdgeAggregateSelection>;
  TeamSkillNeedsNodeAggregateSelection: ResolverTypeWrapper<TeamSkillNeedsNodeAggregateSelection>;
  TeamSolver: TeamSolver;
  TeamSort: TeamSort;
  TeamUpdateInput: TeamUpdateInput;
  TeamWhere: TeamWhere;
  TeamsConnection: ResolverTypeWrapper<TeamsConnection>;
  TextSpan: ResolverTypeWrapper<TextSpan>;
  TransitionGap: ResolverTypeWrapper<TransitionGapModel>;
  TransitionStart: ResolverTypeWrapper<TransitionStart>;
  TransitionStartKind: TransitionStartKind;
  TransitionWeighting: ResolverTypeWrapper<TransitionWeighting>;
  URL: ResolverTypeWrapper<Scalars['URL']['output']>;
  URLScalarFilters: UrlScalarFilters;
  URLScalarMutations: UrlScalarMutations;
  UncoveredRequirement: ResolverTypeWrapper<UncoveredRequirement>;
  UnmappedAlignment: ResolverTypeWrapper<UnmappedAlignment>;
  UpdateCoursesMutationResponse: ResolverTypeWrapper<UpdateCoursesMutationResponse>;
  UpdateCredentialsMutationResponse: ResolverTypeWrapper<UpdateCredentialsMutationResponse>;
  UpdateInfo: ResolverTypeWrapper<UpdateInfo>;
  UpdateOccupationGroupsMutationResponse: ResolverTypeWrapper<UpdateOccupationGroupsMutationResponse>;
  UpdateOrgUnitsMutationResponse: ResolverTypeWrapper<UpdateOrgUnitsMutationResponse>;
  UpdateOrganizationsMutationResponse: ResolverTypeWrapper<UpdateOrganizationsMutationResponse>;
  UpdatePeopleMutationResponse: ResolverTypeWrapper<UpdatePeopleMutationResponse>;
  UpdateRolesMutationResponse: ResolverTypeWrapper<UpdateRolesMutationResponse>;
  UpdateSkillGroupsMutationResponse: ResolverTypeWrapper<UpdateSkillGroupsMutationResponse>;
  UpdateSkillsMutationResponse: ResolverTypeWrapper<UpdateSkillsMutationResponse>;
  UpdateTeamsMutationResponse: ResolverTypeWrapper<UpdateTeamsMutationResponse>;
  WalletEntry: ResolverTypeWrapper<WalletEntry>;
  WalletStatus: WalletStatus;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccessRecord: AccessRecord;
  AdjacentRoles: Omit<AdjacentRoles, 'roles'> & { roles: Array<ResolversParentTypes['RoleTransition']> };
  AssessmentTypeEnumScalarFilters: AssessmentTypeEnumScalarFilters;
  AssessmentTypeEnumScalarMutations: AssessmentTypeEnumScalarMutations;
  BenchStrength: BenchStrength;
  Boolean: Scalars['Boolean']['output'];
  BooleanScalarFilters: BooleanScalarFilters;
  BooleanScalarMutations: BooleanScalarMutations;
  CandidateFilter: CandidateFilter;
  CandidatePageInfo: CandidatePageInfo;
  CareerPath: Omit<CareerPath, 'steps'> & { steps: Array<ResolversParentTypes['RoleTransition']> };
  CareerPaths: Omit<CareerPaths, 'closestReachable' | 'paths'> & { closestReachable?: Maybe<ResolversParentTypes['ClosestReachable']>, paths: Array<ResolversParentTypes['CareerPath']> };
  CareerStart: CareerStart;
  ClaimReceipt: ClaimReceipt;
  ClosestReachable: Omit<ClosestReachable, 'path'> & { path: ResolversParentTypes['CareerPath'] };
  Completion: Completion;
  CompletionAggregationWhereInput: CompletionAggregationWhereInput;
  CompletionCreateInput: CompletionCreateInput;
  CompletionReceipt: CompletionReceipt;
  CompletionSort: CompletionSort;
  CompletionUpdateInput: CompletionUpdateInput;
  CompletionWhere: CompletionWhere;
  ComplianceElement: ComplianceElement;
  ComposedTeam: ComposedTeam;
  ConnectionAggregationCountFilterInput: ConnectionAggregationCountFilterInput;
  Count: Count;
  CountConnection: CountConnection;
  CountryCode: Scalars['CountryCode']['output'];
  CountryCodeScalarFilters: CountryCodeScalarFilters;
  CountryCodeScalarMutations: CountryCodeScalarMutations;
  Course: Course;
  CourseAggregate: CourseAggregate;
  CourseAggregateNode: CourseAggregateNode;
  CourseCompletedByConnectFieldInput: CourseCompletedByConnectFieldInput;
  CourseCompletedByConnection: CourseCompletedByConnection;
  CourseCompletedByConnectionAggregateInput: CourseCompletedByConnectionAggregateInput;
  CourseCompletedByConnectionFilters: CourseCompletedByConnectionFilters;
  CourseCompletedByConnectionSort: CourseCompletedByConnectionSort;
  CourseCompletedByConnectionWhere: CourseCompletedByConnectionWhere;
  CourseCompletedByCreateFieldInput: CourseCompletedByCreateFieldInput;
  CourseCompletedByDeleteFieldInput: CourseCompletedByDeleteFieldInput;
  CourseCompletedByDisconnectFieldInput: CourseCompletedByDisconnectFieldInput;
  CourseCompletedByFieldInput: CourseCompletedByFieldInput;
  CourseCompletedByNodeAggregationWhereInput: CourseCompletedByNodeAggregationWhereInput;
  CourseCompletedByRelationship: CourseCompletedByRelationship;
  CourseCompletedByUpdateConnectionInput: CourseCompletedByUpdateConnectionInput;
  CourseCompletedByUpdateFieldInput: CourseCompletedByUpdateFieldInput;
  CourseConnectInput: CourseConnectInput;
  CourseConnectWhere: CourseConnectWhere;
  CourseCreateInput: CourseCreateInput;
  CourseCredentialPreparesForAggregateSelection: CourseCredentialPreparesForAggregateSelection;
  CourseCredentialPreparesForNodeAggregateSelection: CourseCredentialPreparesForNodeAggregateSelection;
  CourseDeleteInput: CourseDeleteInput;
  CourseDisconnectInput: CourseDisconnectInput;
  CourseEdge: CourseEdge;
  CoursePersonCompletedByAggregateSelection: CoursePersonCompletedByAggregateSelection;
  CoursePersonCompletedByEdgeAggregateSelection: CoursePersonCompletedByEdgeAggregateSelection;
  CoursePersonCompletedByNodeAggregateSelection: CoursePersonCompletedByNodeAggregateSelection;
  CoursePreparesForConnectFieldInput: CoursePreparesForConnectFieldInput;
  CoursePreparesForConnection: CoursePreparesForConnection;
  CoursePreparesForConnectionAggregateInput: CoursePreparesForConnectionAggregateInput;
  CoursePreparesForConnectionFilters: CoursePreparesForConnectionFilters;
  CoursePreparesForConnectionSort: CoursePreparesForConnectionSort;
  CoursePreparesForConnectionWhere: CoursePreparesForConnectionWhere;
  CoursePreparesForCreateFieldInput: CoursePreparesForCreateFieldInput;
  CoursePreparesForDeleteFieldInput: CoursePreparesForDeleteFieldInput;
  CoursePreparesForDisconnectFieldInput: CoursePreparesForDisconnectFieldInput;
  CoursePreparesForFieldInput: CoursePreparesForFieldInput;
  CoursePreparesForNodeAggregationWhereInput: CoursePreparesForNodeAggregationWhereInput;
  CoursePreparesForRelationship: CoursePreparesForRelationship;
  CoursePreparesForUpdateConnectionInput: CoursePreparesForUpdateConnectionInput;
  CoursePreparesForUpdateFieldInput: CoursePreparesForUpdateFieldInput;
  CoursePrerequisitesConnectFieldInput: CoursePrerequisitesConnectFieldInput;
  CoursePrerequisitesConnection: CoursePrerequisitesConnection;
  CoursePrerequisitesConnectionAggregateInput: CoursePrerequisitesConnectionAggregateInput;
  CoursePrerequisitesConnectionFilters: CoursePrerequisitesConnectionFilters;
  CoursePrerequisitesConnectionSort: CoursePrerequisitesConnectionSort;
  CoursePrerequisitesConnectionWhere: CoursePrerequisitesConnectionWhere;
  CoursePrerequisitesCreateFieldInput: CoursePrerequisitesCreateFieldInput;
  CoursePrerequisitesDeleteFieldInput: CoursePrerequisitesDeleteFieldInput;
  CoursePrerequisitesDisconnectFieldInput: CoursePrerequisitesDisconnectFieldInput;
  CoursePrerequisitesFieldInput: CoursePrerequisitesFieldInput;
  CoursePrerequisitesNodeAggregationWhereInput: CoursePrerequisitesNodeAggregationWhereInput;
  CoursePrerequisitesRelationship: CoursePrerequisitesRelationship;
  CoursePrerequisitesUpdateConnectionInput: CoursePrerequisitesUpdateConnectionInput;
  CoursePrerequisitesUpdateFieldInput: CoursePrerequisitesUpdateFieldInput;
  CourseProviderConnection: CourseProviderConnection;
  CourseProviderConnectionWhere: CourseProviderConnectionWhere;
  CourseProviderCreateFieldInput: CourseProviderCreateFieldInput;
  CourseProviderDeleteFieldInput: CourseProviderDeleteFieldInput;
  CourseProviderFieldInput: CourseProviderFieldInput;
  CourseProviderRelationship: CourseProviderRelationship;
  CourseRelationshipFilters: CourseRelationshipFilters;
  CourseSkillPrerequisitesAggregateSelection: CourseSkillPrerequisitesAggregateSelection;
  CourseSkillPrerequisitesEdgeAggregateSelection: CourseSkillPrerequisitesEdgeAggregateSelection;
  CourseSkillPrerequisitesNodeAggregateSelection: CourseSkillPrerequisitesNodeAggregateSelection;
  CourseSkillTeachesAggregateSelection: CourseSkillTeachesAggregateSelection;
  CourseSkillTeachesEdgeAggregateSelection: CourseSkillTeachesEdgeAggregateSelection;
  CourseSkillTeachesNodeAggregateSelection: CourseSkillTeachesNodeAggregateSelection;
  CourseSort: CourseSort;
  CourseTeachesConnectFieldInput: CourseTeachesConnectFieldInput;
  CourseTeachesConnection: CourseTeachesConnection;
  CourseTeachesConnectionAggregateInput: CourseTeachesConnectionAggregateInput;
  CourseTeachesConnectionFilters: CourseTeachesConnectionFilters;
  CourseTeachesConnectionSort: CourseTeachesConnectionSort;
  CourseTeachesConnectionWhere: CourseTeachesConnectionWhere;
  CourseTeachesCreateFieldInput: CourseTeachesCreateFieldInput;
  CourseTeachesDeleteFieldInput: CourseTeachesDeleteFieldInput;
  CourseTeachesDisconnectFieldInput: CourseTeachesDisconnectFieldInput;
  CourseTeachesFieldInput: CourseTeachesFieldInput;
  CourseTeachesNodeAggregationWhereInput: CourseTeachesNodeAggregationWhereInput;
  CourseTeachesRelationship: CourseTeachesRelationship;
  CourseTeachesUpdateConnectionInput: CourseTeachesUpdateConnectionInput;
  CourseTeachesUpdateFieldInput: CourseTeachesUpdateFieldInput;
  CourseUpdateInput: CourseUpdateInput;
  CourseWhere: CourseWhere;
  CoursesConnection: CoursesConnection;
  CoveredRequirement: CoveredRequirement;
  CreateCoursesMutationResponse: CreateCoursesMutationResponse;
  CreateCredentialsMutationResponse: CreateCredentialsMutationResponse;
  CreateInfo: CreateInfo;
  CreateOccupationGroupsMutationResponse: CreateOccupationGroupsMutationResponse;
  CreateOrgUnitsMutationResponse: CreateOrgUnitsMutationResponse;
  CreateOrganizationsMutationResponse: CreateOrganizationsMutationResponse;
  CreatePeopleMutationResponse: CreatePeopleMutationResponse;
  CreateRolesMutationResponse: CreateRolesMutationResponse;
  CreateSkillGroupsMutationResponse: CreateSkillGroupsMutationResponse;
  CreateSkillsMutationResponse: CreateSkillsMutationResponse;
  CreateTeamsMutationResponse: CreateTeamsMutationResponse;
  Credential: Credential;
  CredentialAggregate: CredentialAggregate;
  CredentialAggregateNode: CredentialAggregateNode;
  CredentialAwardingBodyConnection: CredentialAwardingBodyConnection;
  CredentialAwardingBodyConnectionWhere: CredentialAwardingBodyConnectionWhere;
  CredentialAwardingBodyCreateFieldInput: CredentialAwardingBodyCreateFieldInput;
  CredentialAwardingBodyDeleteFieldInput: CredentialAwardingBodyDeleteFieldInput;
  CredentialAwardingBodyFieldInput: CredentialAwardingBodyFieldInput;
  CredentialAwardingBodyRelationship: CredentialAwardingBodyRelationship;
  CredentialCertifiesConnectFieldInput: CredentialCertifiesConnectFieldInput;
  CredentialCertifiesConnection: CredentialCertifiesConnection;
  CredentialCertifiesConnectionAggregateInput: CredentialCertifiesConnectionAggregateInput;
  CredentialCertifiesConnectionFilters: CredentialCertifiesConnectionFilters;
  CredentialCertifiesConnectionSort: CredentialCertifiesConnectionSort;
  CredentialCertifiesConnectionWhere: CredentialCertifiesConnectionWhere;
  CredentialCertifiesCreateFieldInput: CredentialCertifiesCreateFieldInput;
  CredentialCertifiesDeleteFieldInput: CredentialCertifiesDeleteFieldInput;
  CredentialCertifiesDisconnectFieldInput: CredentialCertifiesDisconnectFieldInput;
  CredentialCertifiesFieldInput: CredentialCertifiesFieldInput;
  CredentialCertifiesNodeAggregationWhereInput: CredentialCertifiesNodeAggregationWhereInput;
  CredentialCertifiesRelationship: CredentialCertifiesRelationship;
  CredentialCertifiesUpdateConnectionInput: CredentialCertifiesUpdateConnectionInput;
  CredentialCertifiesUpdateFieldInput: CredentialCertifiesUpdateFieldInput;
  CredentialCheck: CredentialCheck;
  CredentialCompliance: CredentialCompliance;
  CredentialConnectInput: CredentialConnectInput;
  CredentialConnectWhere: CredentialConnectWhere;
  CredentialCoursePreparedByAggregateSelection: CredentialCoursePreparedByAggregateSelection;
  CredentialCoursePreparedByNodeAggregateSelection: CredentialCoursePreparedByNodeAggregateSelection;
  CredentialCreateInput: CredentialCreateInput;
  CredentialCredentialPartOfAggregateSelection: CredentialCredentialPartOfAggregateSelection;
  CredentialCredentialPartOfNodeAggregateSelection: CredentialCredentialPartOfNodeAggregateSelection;
  CredentialCredentialPartsAggregateSelection: CredentialCredentialPartsAggregateSelection;
  CredentialCredentialPartsNodeAggregateSelection: CredentialCredentialPartsNodeAggregateSelection;
  CredentialCredentialPrerequisitesAggregateSelection: CredentialCredentialPrerequisitesAggregateSelection;
  CredentialCredentialPrerequisitesNodeAggregateSelection: CredentialCredentialPrerequisitesNodeAggregateSelection;
  CredentialDeleteInput: CredentialDeleteInput;
  CredentialDisconnectInput: CredentialDisconnectInput;
  CredentialEdge: CredentialEdge;
  CredentialHolder: CredentialHolder;
  CredentialHolders: CredentialHolders;
  CredentialHoldersConnectFieldInput: CredentialHoldersConnectFieldInput;
  CredentialHoldersConnection: CredentialHoldersConnection;
  CredentialHoldersConnectionAggregateInput: CredentialHoldersConnectionAggregateInput;
  CredentialHoldersConnectionFilters: CredentialHoldersConnectionFilters;
  CredentialHoldersConnectionSort: CredentialHoldersConnectionSort;
  CredentialHoldersConnectionWhere: CredentialHoldersConnectionWhere;
  CredentialHoldersCreateFieldInput: CredentialHoldersCreateFieldInput;
  CredentialHoldersDeleteFieldInput: CredentialHoldersDeleteFieldInput;
  CredentialHoldersDisconnectFieldInput: CredentialHoldersDisconnectFieldInput;
  CredentialHoldersFieldInput: CredentialHoldersFieldInput;
  CredentialHoldersNodeAggregationWhereInput: CredentialHoldersNodeAggregationWhereInput;
  CredentialHoldersRelationship: CredentialHoldersRelationship;
  CredentialHoldersUpdateConnectionInput: CredentialHoldersUpdateConnectionInput;
  CredentialHoldersUpdateFieldInput: CredentialHoldersUpdateFieldInput;
  CredentialHolding: CredentialHolding;
  CredentialHoldingAggregationWhereInput: CredentialHoldingAggregationWhereInput;
  CredentialHoldingCreateInput: CredentialHoldingCreateInput;
  CredentialHoldingSort: CredentialHoldingSort;
  CredentialHoldingUpdateInput: CredentialHoldingUpdateInput;
  CredentialHoldingWhere: CredentialHoldingWhere;
  CredentialIssueInput: CredentialIssueInput;
  CredentialOffer: CredentialOffer;
  CredentialPartOfConnectFieldInput: CredentialPartOfConnectFieldInput;
  CredentialPartOfConnection: CredentialPartOfConnection;
  CredentialPartOfConnectionAggregateInput: CredentialPartOfConnectionAggregateInput;
  CredentialPartOfConnectionFilters: CredentialPartOfConnectionFilters;
  CredentialPartOfConnectionSort: CredentialPartOfConnectionSort;
  CredentialPartOfConnectionWhere: CredentialPartOfConnectionWhere;
  CredentialPartOfCreateFieldInput: CredentialPartOfCreateFieldInput;
  CredentialPartOfDeleteFieldInput: CredentialPartOfDeleteFieldInput;
  CredentialPartOfDisconnectFieldInput: CredentialPartOfDisconnectFieldInput;
  CredentialPartOfFieldInput: CredentialPartOfFieldInput;
  CredentialPartOfNodeAggregationWhereInput: CredentialPartOfNodeAggregationWhereInput;
  CredentialPartOfRelationship: CredentialPartOfRelationship;
  CredentialPartOfUpdateConnectionInput: CredentialPartOfUpdateConnectionInput;
  CredentialPartOfUpdateFieldInput: CredentialPartOfUpdateFieldInput;
  CredentialPartsConnectFieldInput: CredentialPartsConnectFieldInput;
  CredentialPartsConnection: CredentialPartsConnection;
  CredentialPartsConnectionAggregateInput: CredentialPartsConnectionAggregateInput;
  CredentialPartsConnectionFilters: CredentialPartsConnectionFilters;
  CredentialPartsConnectionSort: CredentialPartsConnectionSort;
  CredentialPartsConnectionWhere: CredentialPartsConnectionWhere;
  CredentialPartsCreateFieldInput: CredentialPartsCreateFieldInput;
  CredentialPartsDeleteFieldInput: CredentialPartsDeleteFieldInput;
  CredentialPartsDisconnectFieldInput: CredentialPartsDisconnectFieldInput;
  CredentialPartsFieldInput: CredentialPartsFieldInput;
  CredentialPartsNodeAggregationWhereInput: CredentialPartsNodeAggregationWhereInput;
  CredentialPartsRelationship: CredentialPartsRelationship;
  CredentialPartsUpdateConnectionInput: CredentialPartsUpdateConnectionInput;
  CredentialPartsUpdateFieldInput: CredentialPartsUpdateFieldInput;
  CredentialPersonHoldersAggregateSelection: CredentialPersonHoldersAggregateSelection;
  CredentialPersonHoldersEdgeAggregateSelection: CredentialPersonHoldersEdgeAggregateSelection;
  CredentialPersonHoldersNodeAggregateSelection: CredentialPersonHoldersNodeAggregateSelection;
  CredentialPreparedByConnectFieldInput: CredentialPreparedByConnectFieldInput;
  CredentialPreparedByConnection: CredentialPreparedByConnection;
  CredentialPreparedByConnectionAggregateInput: CredentialPreparedByConnectionAggregateInput;
  CredentialPreparedByConnectionFilters: CredentialPreparedByConnectionFilters;
  CredentialPreparedByConnectionSort: CredentialPreparedByConnectionSort;
  CredentialPreparedByConnectionWhere: CredentialPreparedByConnectionWhere;
  CredentialPreparedByCreateFieldInput: CredentialPreparedByCreateFieldInput;
  CredentialPreparedByDeleteFieldInput: CredentialPreparedByDeleteFieldInput;
  CredentialPreparedByDisconnectFieldInput: CredentialPreparedByDisconnectFieldInput;
  CredentialPreparedByFieldInput: CredentialPreparedByFieldInput;
  CredentialPreparedByNodeAggregationWhereInput: CredentialPreparedByNodeAggregationWhereInput;
  CredentialPreparedByRelationship: CredentialPreparedByRelationship;
  CredentialPreparedByUpdateConnectionInput: CredentialPreparedByUpdateConnectionInput;
  CredentialPreparedByUpdateFieldInput: CredentialPreparedByUpdateFieldInput;
  CredentialPrerequisitesConnectFieldInput: CredentialPrerequisitesConnectFieldInput;
  CredentialPrerequisitesConnection: CredentialPrerequisitesConnection;
  CredentialPrerequisitesConnectionAggregateInput: CredentialPrerequisitesConnectionAggregateInput;
  CredentialPrerequisitesConnectionFilters: CredentialPrerequisitesConnectionFilters;
  CredentialPrerequisitesConnectionSort: CredentialPrerequisitesConnectionSort;
  CredentialPrerequisitesConnectionWhere: CredentialPrerequisitesConnectionWhere;
  CredentialPrerequisitesCreateFieldInput: CredentialPrerequisitesCreateFieldInput;
  CredentialPrerequisitesDeleteFieldInput: CredentialPrerequisitesDeleteFieldInput;
  CredentialPrerequisitesDisconnectFieldInput: CredentialPrerequisitesDisconnectFieldInput;
  CredentialPrerequisitesFieldInput: CredentialPrerequisitesFieldInput;
  CredentialPrerequisitesNodeAggregationWhereInput: CredentialPrerequisitesNodeAggregationWhereInput;
  CredentialPrerequisitesRelationship: CredentialPrerequisitesRelationship;
  CredentialPrerequisitesUpdateConnectionInput: CredentialPrerequisitesUpdateConnectionInput;
  CredentialPrerequisitesUpdateFieldInput: CredentialPrerequisitesUpdateFieldInput;
  CredentialProgress: CredentialProgress;
  CredentialRef: CredentialRef;
  CredentialRelationshipFilters: CredentialRelationshipFilters;
  CredentialSkillCertifiesAggregateSelection: CredentialSkillCertifiesAggregateSelection;
  CredentialSkillCertifiesEdgeAggregateSelection: CredentialSkillCertifiesEdgeAggregateSelection;
  CredentialSkillCertifiesNodeAggregateSelection: CredentialSkillCertifiesNodeAggregateSelection;
  CredentialSort: CredentialSort;
  CredentialStack: CredentialStack;
  CredentialUpdateInput: CredentialUpdateInput;
  CredentialVerification: CredentialVerification;
  CredentialWhere: CredentialWhere;
  CredentialsConnection: CredentialsConnection;
  Crosswalk: Crosswalk;
  CrosswalkAggregationWhereInput: CrosswalkAggregationWhereInput;
  CrosswalkCreateInput: CrosswalkCreateInput;
  CrosswalkSort: CrosswalkSort;
  CrosswalkUpdateInput: CrosswalkUpdateInput;
  CrosswalkWhere: CrosswalkWhere;
  Currency: Scalars['Currency']['output'];
  CurrencyScalarFilters: CurrencyScalarFilters;
  CurrencyScalarMutations: CurrencyScalarMutations;
  Date: Scalars['Date']['output'];
  DateScalarFilters: DateScalarFilters;
  DateScalarMutations: DateScalarMutations;
  DateTime: Scalars['DateTime']['output'];
  DateTimeAggregateSelection: DateTimeAggregateSelection;
  DateTimeScalarAggregationFilters: DateTimeScalarAggregationFilters;
  DateTimeScalarFilters: DateTimeScalarFilters;
  DateTimeScalarMutations: DateTimeScalarMutations;
  DeleteInfo: DeleteInfo;
  DeliveryFormatEnumScalarFilters: DeliveryFormatEnumScalarFilters;
  DeliveryFormatEnumScalarMutations: DeliveryFormatEnumScalarMutations;
  DemandAtLevel: DemandAtLevel;
  EligibleCredential: EligibleCredential;
  EmailAddress: Scalars['EmailAddress']['output'];
  EmailAddressScalarFilters: EmailAddressScalarFilters;
  EmailAddressScalarMutations: EmailAddressScalarMutations;
  ErasureReceipt: ErasureReceipt;
  EvidenceReceipt: EvidenceReceipt;
  EvidenceSourceEnumScalarFilters: EvidenceSourceEnumScalarFilters;
  EvidenceSourceEnumScalarMutations: EvidenceSourceEnumScalarMutations;
  EvidenceUsed: EvidenceUsed;
  ExpiringHolding: ExpiringHolding;
  ExportedCredential: ExportedCredential;
  Float: Scalars['Float']['output'];
  FloatAggregateSelection: FloatAggregateSelection;
  FloatScalarAggregationFilters: FloatScalarAggregationFilters;
  FloatScalarFilters: FloatScalarFilters;
  FloatScalarMutations: FloatScalarMutations;
  Fraction: Scalars['Fraction']['output'];
  GrowthPosition: GrowthPosition;
  GrowthPositions: GrowthPositions;
  HoldingReceipt: HoldingReceipt;
  ID: Scalars['ID']['output'];
  IDScalarFilters: IdScalarFilters;
  IDScalarMutations: IdScalarMutations;
  ImportReceipt: ImportReceipt;
  ImportRecheck: ImportRecheck;
  ImportanceEnumScalarFilters: ImportanceEnumScalarFilters;
  ImportanceEnumScalarMutations: ImportanceEnumScalarMutations;
  ImportedSkill: ImportedSkill;
  Int: Scalars['Int']['output'];
  IntAggregateSelection: IntAggregateSelection;
  IntScalarAggregationFilters: IntScalarAggregationFilters;
  IntScalarFilters: IntScalarFilters;
  IntScalarMutations: IntScalarMutations;
  IssueBatch: IssueBatch;
  IssueItemResult: IssueItemResult;
  IssueRejection: IssueRejection;
  IssuedCredential: IssuedCredential;
  JSONObject: Scalars['JSONObject']['output'];
  LearningPlan: LearningPlan;
  LearningPlanOptions: LearningPlanOptions;
  LearningStep: LearningStep;
  LearningTarget: LearningTarget;
  ListStringMutations: ListStringMutations;
  Locale: Scalars['Locale']['output'];
  LocaleScalarFilters: LocaleScalarFilters;
  LocaleScalarMutations: LocaleScalarMutations;
  Me: Me;
  Mutation: Record<PropertyKey, never>;
  NamedRef: NamedRef;
  NonNegativeFloat: Scalars['NonNegativeFloat']['output'];
  OccupationGroup: OccupationGroup;
  OccupationGroupAggregate: OccupationGroupAggregate;
  OccupationGroupAggregateNode: OccupationGroupAggregateNode;
  OccupationGroupBroaderGroupsConnectFieldInput: OccupationGroupBroaderGroupsConnectFieldInput;
  OccupationGroupBroaderGroupsConnection: OccupationGroupBroaderGroupsConnection;
  OccupationGroupBroaderGroupsConnectionAggregateInput: OccupationGroupBroaderGroupsConnectionAggregateInput;
  OccupationGroupBroaderGroupsConnectionFilters: OccupationGroupBroaderGroupsConnectionFilters;
  OccupationGroupBroaderGroupsConnectionSort: OccupationGroupBroaderGroupsConnectionSort;
  OccupationGroupBroaderGroupsConnectionWhere: OccupationGroupBroaderGroupsConnectionWhere;
  OccupationGroupBroaderGroupsCreateFieldInput: OccupationGroupBroaderGroupsCreateFieldInput;
  OccupationGroupBroaderGroupsDeleteFieldInput: OccupationGroupBroaderGroupsDeleteFieldInput;
  OccupationGroupBroaderGroupsDisconnectFieldInput: OccupationGroupBroaderGroupsDisconnectFieldInput;
  OccupationGroupBroaderGroupsFieldInput: OccupationGroupBroaderGroupsFieldInput;
  OccupationGroupBroaderGroupsNodeAggregationWhereInput: OccupationGroupBroaderGroupsNodeAggregationWhereInput;
  OccupationGroupBroaderGroupsRelationship: OccupationGroupBroaderGroupsRelationship;
  OccupationGroupBroaderGroupsUpdateConnectionInput: OccupationGroupBroaderGroupsUpdateConnectionInput;
  OccupationGroupBroaderGroupsUpdateFieldInput: OccupationGroupBroaderGroupsUpdateFieldInput;
  OccupationGroupConnectInput: OccupationGroupConnectInput;
  OccupationGroupConnectWhere: OccupationGroupConnectWhere;
  OccupationGroupCreateInput: OccupationGroupCreateInput;
  OccupationGroupDeleteInput: OccupationGroupDeleteInput;
  OccupationGroupDisconnectInput: OccupationGroupDisconnectInput;
  OccupationGroupEdge: OccupationGroupEdge;
  OccupationGroupNarrowerGroupsConnectFieldInput: OccupationGroupNarrowerGroupsConnectFieldInput;
  OccupationGroupNarrowerGroupsConnection: OccupationGroupNarrowerGroupsConnection;
  OccupationGroupNarrowerGroupsConnectionAggregateInput: OccupationGroupNarrowerGroupsConnectionAggregateInput;
  OccupationGroupNarrowerGroupsConnectionFilters: OccupationGroupNarrowerGroupsConnectionFilters;
  OccupationGroupNarrowerGroupsConnectionSort: OccupationGroupNarrowerGroupsConnectionSort;
  OccupationGroupNarrowerGroupsConnectionWhere: OccupationGroupNarrowerGroupsConnectionWhere;
  OccupationGroupNarrowerGroupsCreateFieldInput: OccupationGroupNarrowerGroupsCreateFieldInput;
  OccupationGroupNarrowerGroupsDeleteFieldInput: OccupationGroupNarrowerGroupsDeleteFieldInput;
  OccupationGroupNarrowerGroupsDisconnectFieldInput: OccupationGroupNarrowerGroupsDisconnectFieldInput;
  OccupationGroupNarrowerGroupsFieldInput: OccupationGroupNarrowerGroupsFieldInput;
  OccupationGroupNarrowerGroupsNodeAggregationWhereInput: OccupationGroupNarrowerGroupsNodeAggregationWhereInput;
  OccupationGroupNarrowerGroupsRelationship: OccupationGroupNarrowerGroupsRelationship;
  OccupationGroupNarrowerGroupsUpdateConnectionInput: OccupationGroupNarrowerGroupsUpdateConnectionInput;
  OccupationGroupNarrowerGroupsUpdateFieldInput: OccupationGroupNarrowerGroupsUpdateFieldInput;
  OccupationGroupNarrowerRolesConnectFieldInput: OccupationGroupNarrowerRolesConnectFieldInput;
  OccupationGroupNarrowerRolesConnection: OccupationGroupNarrowerRolesConnection;
  OccupationGroupNarrowerRolesConnectionAggregateInput: OccupationGroupNarrowerRolesConnectionAggregateInput;
  OccupationGroupNarrowerRolesConnectionFilters: OccupationGroupNarrowerRolesConnectionFilters;
  OccupationGroupNarrowerRolesConnectionSort: OccupationGroupNarrowerRolesConnectionSort;
  OccupationGroupNarrowerRolesConnectionWhere: OccupationGroupNarrowerRolesConnectionWhere;
  OccupationGroupNarrowerRolesCreateFieldInput: OccupationGroupNarrowerRolesCreateFieldInput;
  OccupationGroupNarrowerRolesDeleteFieldInput: OccupationGroupNarrowerRolesDeleteFieldInput;
  OccupationGroupNarrowerRolesDisconnectFieldInput: OccupationGroupNarrowerRolesDisconnectFieldInput;
  OccupationGroupNarrowerRolesFieldInput: OccupationGroupNarrowerRolesFieldInput;
  OccupationGroupNarrowerRolesNodeAggregationWhereInput: OccupationGroupNarrowerRolesNodeAggregationWhereInput;
  OccupationGroupNarrowerRolesRelationship: OccupationGroupNarrowerRolesRelationship;
  OccupationGroupNarrowerRolesUpdateConnectionInput: OccupationGroupNarrowerRolesUpdateConnectionInput;
  OccupationGroupNarrowerRolesUpdateFieldInput: OccupationGroupNarrowerRolesUpdateFieldInput;
  OccupationGroupOccupationGroupBroaderGroupsAggregateSelection: OccupationGroupOccupationGroupBroaderGroupsAggregateSelection;
  OccupationGroupOccupationGroupBroaderGroupsNodeAggregateSelection: OccupationGroupOccupationGroupBroaderGroupsNodeAggregateSelection;
  OccupationGroupOccupationGroupNarrowerGroupsAggregateSelection: OccupationGroupOccupationGroupNarrowerGroupsAggregateSelection;
  OccupationGroupOccupationGroupNarrowerGroupsNodeAggregateSelection: OccupationGroupOccupationGroupNarrowerGroupsNodeAggregateSelection;
  OccupationGroupRelationshipFilters: OccupationGroupRelationshipFilters;
  OccupationGroupRoleNarrowerRolesAggregateSelection: OccupationGroupRoleNarrowerRolesAggregateSelection;
  OccupationGroupRoleNarrowerRolesNodeAggregateSelection: OccupationGroupRoleNarrowerRolesNodeAggregateSelection;
  OccupationGroupSort: OccupationGroupSort;
  OccupationGroupUpdateInput: OccupationGroupUpdateInput;
  OccupationGroupWhere: OccupationGroupWhere;
  OccupationGroupsConnection: OccupationGroupsConnection;
  OpenSkill: OpenSkill;
  OrgUnit: OrgUnit;
  OrgUnitAggregate: OrgUnitAggregate;
  OrgUnitAggregateNode: OrgUnitAggregateNode;
  OrgUnitChildrenConnectFieldInput: OrgUnitChildrenConnectFieldInput;
  OrgUnitChildrenConnection: OrgUnitChildrenConnection;
  OrgUnitChildrenConnectionAggregateInput: OrgUnitChildrenConnectionAggregateInput;
  OrgUnitChildrenConnectionFilters: OrgUnitChildrenConnectionFilters;
  OrgUnitChildrenConnectionSort: OrgUnitChildrenConnectionSort;
  OrgUnitChildrenConnectionWhere: OrgUnitChildrenConnectionWhere;
  OrgUnitChildrenCreateFieldInput: OrgUnitChildrenCreateFieldInput;
  OrgUnitChildrenDeleteFieldInput: OrgUnitChildrenDeleteFieldInput;
  OrgUnitChildrenDisconnectFieldInput: OrgUnitChildrenDisconnectFieldInput;
  OrgUnitChildrenFieldInput: OrgUnitChildrenFieldInput;
  OrgUnitChildrenNodeAggregationWhereInput: OrgUnitChildrenNodeAggregationWhereInput;
  OrgUnitChildrenRelationship: OrgUnitChildrenRelationship;
  OrgUnitChildrenUpdateConnectionInput: OrgUnitChildrenUpdateConnectionInput;
  OrgUnitChildrenUpdateFieldInput: OrgUnitChildrenUpdateFieldInput;
  OrgUnitConnectInput: OrgUnitConnectInput;
  OrgUnitConnectWhere: OrgUnitConnectWhere;
  OrgUnitCreateInput: OrgUnitCreateInput;
  OrgUnitDeleteInput: OrgUnitDeleteInput;
  OrgUnitDisconnectInput: OrgUnitDisconnectInput;
  OrgUnitEdge: OrgUnitEdge;
  OrgUnitMembersConnectFieldInput: OrgUnitMembersConnectFieldInput;
  OrgUnitMembersConnection: OrgUnitMembersConnection;
  OrgUnitMembersConnectionAggregateInput: OrgUnitMembersConnectionAggregateInput;
  OrgUnitMembersConnectionFilters: OrgUnitMembersConnectionFilters;
  OrgUnitMembersConnectionSort: OrgUnitMembersConnectionSort;
  OrgUnitMembersConnectionWhere: OrgUnitMembersConnectionWhere;
  OrgUnitMembersCreateFieldInput: OrgUnitMembersCreateFieldInput;
  OrgUnitMembersDeleteFieldInput: OrgUnitMembersDeleteFieldInput;
  OrgUnitMembersDisconnectFieldInput: OrgUnitMembersDisconnectFieldInput;
  OrgUnitMembersFieldInput: OrgUnitMembersFieldInput;
  OrgUnitMembersNodeAggregationWhereInput: OrgUnitMembersNodeAggregationWhereInput;
  OrgUnitMembersRelationship: OrgUnitMembersRelationship;
  OrgUnitMembersUpdateConnectionInput: OrgUnitMembersUpdateConnectionInput;
  OrgUnitMembersUpdateFieldInput: OrgUnitMembersUpdateFieldInput;
  OrgUnitOrgUnitChildrenAggregateSelection: OrgUnitOrgUnitChildrenAggregateSelection;
  OrgUnitOrgUnitChildrenNodeAggregateSelection: OrgUnitOrgUnitChildrenNodeAggregateSelection;
  OrgUnitOrganizationConnection: OrgUnitOrganizationConnection;
  OrgUnitOrganizationConnectionWhere: OrgUnitOrganizationConnectionWhere;
  OrgUnitOrganizationCreateFieldInput: OrgUnitOrganizationCreateFieldInput;
  OrgUnitOrganizationDeleteFieldInput: OrgUnitOrganizationDeleteFieldInput;
  OrgUnitOrganizationFieldInput: OrgUnitOrganizationFieldInput;
  OrgUnitOrganizationRelationship: OrgUnitOrganizationRelationship;
  OrgUnitParentConnection: OrgUnitParentConnection;
  OrgUnitParentConnectionWhere: OrgUnitParentConnectionWhere;
  OrgUnitParentCreateFieldInput: OrgUnitParentCreateFieldInput;
  OrgUnitParentDeleteFieldInput: OrgUnitParentDeleteFieldInput;
  OrgUnitParentFieldInput: OrgUnitParentFieldInput;
  OrgUnitParentRelationship: OrgUnitParentRelationship;
  OrgUnitPersonMembersAggregateSelection: OrgUnitPersonMembersAggregateSelection;
  OrgUnitPersonMembersNodeAggregateSelection: OrgUnitPersonMembersNodeAggregateSelection;
  OrgUnitPositionsConnectFieldInput: OrgUnitPositionsConnectFieldInput;
  OrgUnitPositionsConnection: OrgUnitPositionsConnection;
  OrgUnitPositionsConnectionAggregateInput: OrgUnitPositionsConnectionAggregateInput;
  OrgUnitPositionsConnectionFilters: OrgUnitPositionsConnectionFilters;
  OrgUnitPositionsConnectionSort: OrgUnitPositionsConnectionSort;
  OrgUnitPositionsConnectionWhere: OrgUnitPositionsConnectionWhere;
  OrgUnitPositionsCreateFieldInput: OrgUnitPositionsCreateFieldInput;
  OrgUnitPositionsDeleteFieldInput: OrgUnitPositionsDeleteFieldInput;
  OrgUnitPositionsDisconnectFieldInput: OrgUnitPositionsDisconnectFieldInput;
  OrgUnitPositionsFieldInput: OrgUnitPositionsFieldInput;
  OrgUnitPositionsNodeAggregationWhereInput: OrgUnitPositionsNodeAggregationWhereInput;
  OrgUnitPositionsRelationship: OrgUnitPositionsRelationship;
  OrgUnitPositionsUpdateConnectionInput: OrgUnitPositionsUpdateConnectionInput;
  OrgUnitPositionsUpdateFieldInput: OrgUnitPositionsUpdateFieldInput;
  OrgUnitRelationshipFilters: OrgUnitRelationshipFilters;
  OrgUnitRolePositionsAggregateSelection: OrgUnitRolePositionsAggregateSelection;
  OrgUnitRolePositionsEdgeAggregateSelection: OrgUnitRolePositionsEdgeAggregateSelection;
  OrgUnitRolePositionsNodeAggregateSelection: OrgUnitRolePositionsNodeAggregateSelection;
  OrgUnitSort: OrgUnitSort;
  OrgUnitTeamTeamsAggregateSelection: OrgUnitTeamTeamsAggregateSelection;
  OrgUnitTeamTeamsNodeAggregateSelection: OrgUnitTeamTeamsNodeAggregateSelection;
  OrgUnitTeamsConnectFieldInput: OrgUnitTeamsConnectFieldInput;
  OrgUnitTeamsConnection: OrgUnitTeamsConnection;
  OrgUnitTeamsConnectionAggregateInput: OrgUnitTeamsConnectionAggregateInput;
  OrgUnitTeamsConnectionFilters: OrgUnitTeamsConnectionFilters;
  OrgUnitTeamsConnectionSort: OrgUnitTeamsConnectionSort;
  OrgUnitTeamsConnectionWhere: OrgUnitTeamsConnectionWhere;
  OrgUnitTeamsCreateFieldInput: OrgUnitTeamsCreateFieldInput;
  OrgUnitTeamsDeleteFieldInput: OrgUnitTeamsDeleteFieldInput;
  OrgUnitTeamsDisconnectFieldInput: OrgUnitTeamsDisconnectFieldInput;
  OrgUnitTeamsFieldInput: OrgUnitTeamsFieldInput;
  OrgUnitTeamsNodeAggregationWhereInput: OrgUnitTeamsNodeAggregationWhereInput;
  OrgUnitTeamsRelationship: OrgUnitTeamsRelationship;
  OrgUnitTeamsUpdateConnectionInput: OrgUnitTeamsUpdateConnectionInput;
  OrgUnitTeamsUpdateFieldInput: OrgUnitTeamsUpdateFieldInput;
  OrgUnitUpdateInput: OrgUnitUpdateInput;
  OrgUnitWhere: OrgUnitWhere;
  OrgUnitsConnection: OrgUnitsConnection;
  Organization: Organization;
  OrganizationAggregate: OrganizationAggregate;
  OrganizationAggregateNode: OrganizationAggregateNode;
  OrganizationCourseCoursesAggregateSelection: OrganizationCourseCoursesAggregateSelection;
  OrganizationCourseCoursesNodeAggregateSelection: OrganizationCourseCoursesNodeAggregateSelection;
  OrganizationCoursesConnectFieldInput: OrganizationCoursesConnectFieldInput;
  OrganizationCoursesConnection: OrganizationCoursesConnection;
  OrganizationCoursesConnectionAggregateInput: OrganizationCoursesConnectionAggregateInput;
  OrganizationCoursesConnectionFilters: OrganizationCoursesConnectionFilters;
  OrganizationCoursesConnectionSort: OrganizationCoursesConnectionSort;
  OrganizationCoursesConnectionWhere: OrganizationCoursesConnectionWhere;
  OrganizationCoursesCreateFieldInput: OrganizationCoursesCreateFieldInput;
  OrganizationCoursesDeleteFieldInput: OrganizationCoursesDeleteFieldInput;
  OrganizationCoursesDisconnectFieldInput: OrganizationCoursesDisconnectFieldInput;
  OrganizationCoursesFieldInput: OrganizationCoursesFieldInput;
  OrganizationCoursesNodeAggregationWhereInput: OrganizationCoursesNodeAggregationWhereInput;
  OrganizationCoursesRelationship: OrganizationCoursesRelationship;
  OrganizationCoursesUpdateConnectionInput: OrganizationCoursesUpdateConnectionInput;
  OrganizationCoursesUpdateFieldInput: OrganizationCoursesUpdateFieldInput;
  OrganizationCreateInput: OrganizationCreateInput;
  OrganizationCredentialCredentialsAggregateSelection: OrganizationCredentialCredentialsAggregateSelection;
  OrganizationCredentialCredentialsNodeAggregateSelection: OrganizationCredentialCredentialsNodeAggregateSelection;
  OrganizationCredentialsConnectFieldInput: OrganizationCredentialsConnectFieldInput;
  OrganizationCredentialsConnection: OrganizationCredentialsConnection;
  OrganizationCredentialsConnectionAggregateInput: OrganizationCredentialsConnectionAggregateInput;
  OrganizationCredentialsConnectionFilters: OrganizationCredentialsConnectionFilters;
  OrganizationCredentialsConnectionSort: OrganizationCredentialsConnectionSort;
  OrganizationCredentialsConnectionWhere: OrganizationCredentialsConnectionWhere;
  OrganizationCredentialsCreateFieldInput: OrganizationCredentialsCreateFieldInput;
  OrganizationCredentialsDeleteFieldInput: OrganizationCredentialsDeleteFieldInput;
  OrganizationCredentialsDisconnectFieldInput: OrganizationCredentialsDisconnectFieldInput;
  OrganizationCredentialsFieldInput: OrganizationCredentialsFieldInput;
  OrganizationCredentialsNodeAggregationWhereInput: OrganizationCredentialsNodeAggregationWhereInput;
  OrganizationCredentialsRelationship: OrganizationCredentialsRelationship;
  OrganizationCredentialsUpdateConnectionInput: OrganizationCredentialsUpdateConnectionInput;
  OrganizationCredentialsUpdateFieldInput: OrganizationCredentialsUpdateFieldInput;
  OrganizationDeleteInput: OrganizationDeleteInput;
  OrganizationEdge: OrganizationEdge;
  OrganizationKindListEnumScalarFilters: OrganizationKindListEnumScalarFilters;
  OrganizationKindListEnumScalarMutations: OrganizationKindListEnumScalarMutations;
  OrganizationOrgUnitOrgUnitsAggregateSelection: OrganizationOrgUnitOrgUnitsAggregateSelection;
  OrganizationOrgUnitOrgUnitsNodeAggregateSelection: OrganizationOrgUnitOrgUnitsNodeAggregateSelection;
  OrganizationOrgUnitsConnectFieldInput: OrganizationOrgUnitsConnectFieldInput;
  OrganizationOrgUnitsConnection: OrganizationOrgUnitsConnection;
  OrganizationOrgUnitsConnectionAggregateInput: OrganizationOrgUnitsConnectionAggregateInput;
  OrganizationOrgUnitsConnectionFilters: OrganizationOrgUnitsConnectionFilters;
  OrganizationOrgUnitsConnectionSort: OrganizationOrgUnitsConnectionSort;
  OrganizationOrgUnitsConnectionWhere: OrganizationOrgUnitsConnectionWhere;
  OrganizationOrgUnitsCreateFieldInput: OrganizationOrgUnitsCreateFieldInput;
  OrganizationOrgUnitsDeleteFieldInput: OrganizationOrgUnitsDeleteFieldInput;
  OrganizationOrgUnitsDisconnectFieldInput: OrganizationOrgUnitsDisconnectFieldInput;
  OrganizationOrgUnitsFieldInput: OrganizationOrgUnitsFieldInput;
  OrganizationOrgUnitsNodeAggregationWhereInput: OrganizationOrgUnitsNodeAggregationWhereInput;
  OrganizationOrgUnitsRelationship: OrganizationOrgUnitsRelationship;
  OrganizationOrgUnitsUpdateConnectionInput: OrganizationOrgUnitsUpdateConnectionInput;
  OrganizationOrgUnitsUpdateFieldInput: OrganizationOrgUnitsUpdateFieldInput;
  OrganizationSort: OrganizationSort;
  OrganizationUpdateInput: OrganizationUpdateInput;
  OrganizationWhere: OrganizationWhere;
  OrganizationsConnection: OrganizationsConnection;
  PageInfo: PageInfo;
  PartProgress: PartProgress;
  PastTenure: PastTenure;
  PastTenureCreateInput: PastTenureCreateInput;
  PastTenureSort: PastTenureSort;
  PastTenureUpdateInput: PastTenureUpdateInput;
  PastTenureWhere: PastTenureWhere;
  PeopleConnection: PeopleConnection;
  Person: Person;
  PersonAggregate: PersonAggregate;
  PersonAggregateNode: PersonAggregateNode;
  PersonAspiredRolesConnectFieldInput: PersonAspiredRolesConnectFieldInput;
  PersonAspiredRolesConnection: PersonAspiredRolesConnection;
  PersonAspiredRolesConnectionAggregateInput: PersonAspiredRolesConnectionAggregateInput;
  PersonAspiredRolesConnectionFilters: PersonAspiredRolesConnectionFilters;
  PersonAspiredRolesConnectionSort: PersonAspiredRolesConnectionSort;
  PersonAspiredRolesConnectionWhere: PersonAspiredRolesConnectionWhere;
  PersonAspiredRolesCreateFieldInput: PersonAspiredRolesCreateFieldInput;
  PersonAspiredRolesDeleteFieldInput: PersonAspiredRolesDeleteFieldInput;
  PersonAspiredRolesDisconnectFieldInput: PersonAspiredRolesDisconnectFieldInput;
  PersonAspiredRolesFieldInput: PersonAspiredRolesFieldInput;
  PersonAspiredRolesNodeAggregationWhereInput: PersonAspiredRolesNodeAggregationWhereInput;
  PersonAspiredRolesRelationship: PersonAspiredRolesRelationship;
  PersonAspiredRolesUpdateConnectionInput: PersonAspiredRolesUpdateConnectionInput;
  PersonAspiredRolesUpdateFieldInput: PersonAspiredRolesUpdateFieldInput;
  PersonCompletedCoursesConnectFieldInput: PersonCompletedCoursesConnectFieldInput;
  PersonCompletedCoursesConnection: PersonCompletedCoursesConnection;
  PersonCompletedCoursesConnectionAggregateInput: PersonCompletedCoursesConnectionAggregateInput;
  PersonCompletedCoursesConnectionFilters: PersonCompletedCoursesConnectionFilters;
  PersonCompletedCoursesConnectionSort: PersonCompletedCoursesConnectionSort;
  PersonCompletedCoursesConnectionWhere: PersonCompletedCoursesConnectionWhere;
  PersonCompletedCoursesCreateFieldInput: PersonCompletedCoursesCreateFieldInput;
  PersonCompletedCoursesDeleteFieldInput: PersonCompletedCoursesDeleteFieldInput;
  PersonCompletedCoursesDisconnectFieldInput: PersonCompletedCoursesDisconnectFieldInput;
  PersonCompletedCoursesFieldInput: PersonCompletedCoursesFieldInput;
  PersonCompletedCoursesNodeAggregationWhereInput: PersonCompletedCoursesNodeAggregationWhereInput;
  PersonCompletedCoursesRelationship: PersonCompletedCoursesRelationship;
  PersonCompletedCoursesUpdateConnectionInput: PersonCompletedCoursesUpdateConnectionInput;
  PersonCompletedCoursesUpdateFieldInput: PersonCompletedCoursesUpdateFieldInput;
  PersonConnectInput: PersonConnectInput;
  PersonConnectWhere: PersonConnectWhere;
  PersonCourseCompletedCoursesAggregateSelection: PersonCourseCompletedCoursesAggregateSelection;
  PersonCourseCompletedCoursesEdgeAggregateSelection: PersonCourseCompletedCoursesEdgeAggregateSelection;
  PersonCourseCompletedCoursesNodeAggregateSelection: PersonCourseCompletedCoursesNodeAggregateSelection;
  PersonCreateInput: PersonCreateInput;
  PersonCredentialCredentialsAggregateSelection: PersonCredentialCredentialsAggregateSelection;
  PersonCredentialCredentialsEdgeAggregateSelection: PersonCredentialCredentialsEdgeAggregateSelection;
  PersonCredentialCredentialsNodeAggregateSelection: PersonCredentialCredentialsNodeAggregateSelection;
  PersonCredentialsConnectFieldInput: PersonCredentialsConnectFieldInput;
  PersonCredentialsConnection: PersonCredentialsConnection;
  PersonCredentialsConnectionAggregateInput: PersonCredentialsConnectionAggregateInput;
  PersonCredentialsConnectionFilters: PersonCredentialsConnectionFilters;
  PersonCredentialsConnectionSort: PersonCredentialsConnectionSort;
  PersonCredentialsConnectionWhere: PersonCredentialsConnectionWhere;
  PersonCredentialsCreateFieldInput: PersonCredentialsCreateFieldInput;
  PersonCredentialsDeleteFieldInput: PersonCredentialsDeleteFieldInput;
  PersonCredentialsDisconnectFieldInput: PersonCredentialsDisconnectFieldInput;
  PersonCredentialsFieldInput: PersonCredentialsFieldInput;
  PersonCredentialsNodeAggregationWhereInput: PersonCredentialsNodeAggregationWhereInput;
  PersonCredentialsRelationship: PersonCredentialsRelationship;
  PersonCredentialsUpdateConnectionInput: PersonCredentialsUpdateConnectionInput;
  PersonCredentialsUpdateFieldInput: PersonCredentialsUpdateFieldInput;
  PersonCurrentRoleConnection: PersonCurrentRoleConnection;
  PersonCurrentRoleConnectionWhere: PersonCurrentRoleConnectionWhere;
  PersonCurrentRoleCreateFieldInput: PersonCurrentRoleCreateFieldInput;
  PersonCurrentRoleDeleteFieldInput: PersonCurrentRoleDeleteFieldInput;
  PersonCurrentRoleFieldInput: PersonCurrentRoleFieldInput;
  PersonCurrentRoleRelationship: PersonCurrentRoleRelationship;
  PersonDeleteInput: PersonDeleteInput;
  PersonDisconnectInput: PersonDisconnectInput;
  PersonEdge: PersonEdge;
  PersonOrgUnitConnection: PersonOrgUnitConnection;
  PersonOrgUnitConnectionWhere: PersonOrgUnitConnectionWhere;
  PersonOrgUnitCreateFieldInput: PersonOrgUnitCreateFieldInput;
  PersonOrgUnitDeleteFieldInput: PersonOrgUnitDeleteFieldInput;
  PersonOrgUnitFieldInput: PersonOrgUnitFieldInput;
  PersonOrgUnitRelationship: PersonOrgUnitRelationship;
  PersonPastRolesConnectFieldInput: PersonPastRolesConnectFieldInput;
  PersonPastRolesConnection: PersonPastRolesConnection;
  PersonPastRolesConnectionAggregateInput: PersonPastRolesConnectionAggregateInput;
  PersonPastRolesConnectionFilters: PersonPastRolesConnectionFilters;
  PersonPastRolesConnectionSort: PersonPastRolesConnectionSort;
  PersonPastRolesConnectionWhere: PersonPastRolesConnectionWhere;
  PersonPastRolesCreateFieldInput: PersonPastRolesCreateFieldInput;
  PersonPastRolesDeleteFieldInput: PersonPastRolesDeleteFieldInput;
  PersonPastRolesDisconnectFieldInput: PersonPastRolesDisconnectFieldInput;
  PersonPastRolesFieldInput: PersonPastRolesFieldInput;
  PersonPastRolesNodeAggregationWhereInput: PersonPastRolesNodeAggregationWhereInput;
  PersonPastRolesRelationship: PersonPastRolesRelationship;
  PersonPastRolesUpdateConnectionInput: PersonPastRolesUpdateConnectionInput;
  PersonPastRolesUpdateFieldInput: PersonPastRolesUpdateFieldInput;
  PersonRelationshipFilters: PersonRelationshipFilters;
  PersonRoleAspiredRolesAggregateSelection: PersonRoleAspiredRolesAggregateSelection;
  PersonRoleAspiredRolesNodeAggregateSelection: PersonRoleAspiredRolesNodeAggregateSelection;
  PersonRolePastRolesAggregateSelection: PersonRolePastRolesAggregateSelection;
  PersonRolePastRolesNodeAggregateSelection: PersonRolePastRolesNodeAggregateSelection;
  PersonSkillSkillsAggregateSelection: PersonSkillSkillsAggregateSelection;
  PersonSkillSkillsEdgeAggregateSelection: PersonSkillSkillsEdgeAggregateSelection;
  PersonSkillSkillsNodeAggregateSelection: PersonSkillSkillsNodeAggregateSelection;
  PersonSkillsConnectFieldInput: PersonSkillsConnectFieldInput;
  PersonSkillsConnection: PersonSkillsConnection;
  PersonSkillsConnectionAggregateInput: PersonSkillsConnectionAggregateInput;
  PersonSkillsConnectionFilters: PersonSkillsConnectionFilters;
  PersonSkillsConnectionSort: PersonSkillsConnectionSort;
  PersonSkillsConnectionWhere: PersonSkillsConnectionWhere;
  PersonSkillsCreateFieldInput: PersonSkillsCreateFieldInput;
  PersonSkillsDeleteFieldInput: PersonSkillsDeleteFieldInput;
  PersonSkillsDisconnectFieldInput: PersonSkillsDisconnectFieldInput;
  PersonSkillsFieldInput: PersonSkillsFieldInput;
  PersonSkillsNodeAggregationWhereInput: PersonSkillsNodeAggregationWhereInput;
  PersonSkillsRelationship: PersonSkillsRelationship;
  PersonSkillsUpdateConnectionInput: PersonSkillsUpdateConnectionInput;
  PersonSkillsUpdateFieldInput: PersonSkillsUpdateFieldInput;
  PersonSort: PersonSort;
  PersonTeamTeamsAggregateSelection: PersonTeamTeamsAggregateSelection;
  PersonTeamTeamsEdgeAggregateSelection: PersonTeamTeamsEdgeAggregateSelection;
  PersonTeamTeamsNodeAggregateSelection: PersonTeamTeamsNodeAggregateSelection;
  PersonTeamsConnectFieldInput: PersonTeamsConnectFieldInput;
  PersonTeamsConnection: PersonTeamsConnection;
  PersonTeamsConnectionAggregateInput: PersonTeamsConnectionAggregateInput;
  PersonTeamsConnectionFilters: PersonTeamsConnectionFilters;
  PersonTeamsConnectionSort: PersonTeamsConnectionSort;
  PersonTeamsConnectionWhere: PersonTeamsConnectionWhere;
  PersonTeamsCreateFieldInput: PersonTeamsCreateFieldInput;
  PersonTeamsDeleteFieldInput: PersonTeamsDeleteFieldInput;
  PersonTeamsDisconnectFieldInput: PersonTeamsDisconnectFieldInput;
  PersonTeamsFieldInput: PersonTeamsFieldInput;
  PersonTeamsNodeAggregationWhereInput: PersonTeamsNodeAggregationWhereInput;
  PersonTeamsRelationship: PersonTeamsRelationship;
  PersonTeamsUpdateConnectionInput: PersonTeamsUpdateConnectionInput;
  PersonTeamsUpdateFieldInput: PersonTeamsUpdateFieldInput;
  PersonUpdateInput: PersonUpdateInput;
  PersonWhere: PersonWhere;
  PlanTargetSkill: PlanTargetSkill;
  Position: Position;
  PositionAggregationWhereInput: PositionAggregationWhereInput;
  PositionCreateInput: PositionCreateInput;
  PositionSort: PositionSort;
  PositionUpdateInput: PositionUpdateInput;
  PositionWhere: PositionWhere;
  PositiveInt: Scalars['PositiveInt']['output'];
  PrerequisiteMet: PrerequisiteMet;
  Proficiency: Scalars['Proficiency']['output'];
  Query: Record<PropertyKey, never>;
  RankingSignal: RankingSignal;
  RankingSignalWeight: RankingSignalWeight;
  Requirement: Requirement;
  RequirementAggregationWhereInput: RequirementAggregationWhereInput;
  RequirementCoverage: RequirementCoverage;
  RequirementCreateInput: RequirementCreateInput;
  RequirementSort: RequirementSort;
  RequirementUpdateInput: RequirementUpdateInput;
  RequirementWhere: RequirementWhere;
  ReuseLevelEnumScalarFilters: ReuseLevelEnumScalarFilters;
  ReuseLevelEnumScalarMutations: ReuseLevelEnumScalarMutations;
  RevocationReceipt: RevocationReceipt;
  Role: Role;
  RoleAggregate: RoleAggregate;
  RoleAggregateNode: RoleAggregateNode;
  RoleAspiredByConnectFieldInput: RoleAspiredByConnectFieldInput;
  RoleAspiredByConnection: RoleAspiredByConnection;
  RoleAspiredByConnectionAggregateInput: RoleAspiredByConnectionAggregateInput;
  RoleAspiredByConnectionFilters: RoleAspiredByConnectionFilters;
  RoleAspiredByConnectionSort: RoleAspiredByConnectionSort;
  RoleAspiredByConnectionWhere: RoleAspiredByConnectionWhere;
  RoleAspiredByCreateFieldInput: RoleAspiredByCreateFieldInput;
  RoleAspiredByDeleteFieldInput: RoleAspiredByDeleteFieldInput;
  RoleAspiredByDisconnectFieldInput: RoleAspiredByDisconnectFieldInput;
  RoleAspiredByFieldInput: RoleAspiredByFieldInput;
  RoleAspiredByNodeAggregationWhereInput: RoleAspiredByNodeAggregationWhereInput;
  RoleAspiredByRelationship: RoleAspiredByRelationship;
  RoleAspiredByUpdateConnectionInput: RoleAspiredByUpdateConnectionInput;
  RoleAspiredByUpdateFieldInput: RoleAspiredByUpdateFieldInput;
  RoleBroaderGroupsConnectFieldInput: RoleBroaderGroupsConnectFieldInput;
  RoleBroaderGroupsConnection: RoleBroaderGroupsConnection;
  RoleBroaderGroupsConnectionAggregateInput: RoleBroaderGroupsConnectionAggregateInput;
  RoleBroaderGroupsConnectionFilters: RoleBroaderGroupsConnectionFilters;
  RoleBroaderGroupsConnectionSort: RoleBroaderGroupsConnectionSort;
  RoleBroaderGroupsConnectionWhere: RoleBroaderGroupsConnectionWhere;
  RoleBroaderGroupsCreateFieldInput: RoleBroaderGroupsCreateFieldInput;
  RoleBroaderGroupsDeleteFieldInput: RoleBroaderGroupsDeleteFieldInput;
  RoleBroaderGroupsDisconnectFieldInput: RoleBroaderGroupsDisconnectFieldInput;
  RoleBroaderGroupsFieldInput: RoleBroaderGroupsFieldInput;
  RoleBroaderGroupsNodeAggregationWhereInput: RoleBroaderGroupsNodeAggregationWhereInput;
  RoleBroaderGroupsRelationship: RoleBroaderGroupsRelationship;
  RoleBroaderGroupsUpdateConnectionInput: RoleBroaderGroupsUpdateConnectionInput;
  RoleBroaderGroupsUpdateFieldInput: RoleBroaderGroupsUpdateFieldInput;
  RoleBroaderRolesConnectFieldInput: RoleBroaderRolesConnectFieldInput;
  RoleBroaderRolesConnection: RoleBroaderRolesConnection;
  RoleBroaderRolesConnectionAggregateInput: RoleBroaderRolesConnectionAggregateInput;
  RoleBroaderRolesConnectionFilters: RoleBroaderRolesConnectionFilters;
  RoleBroaderRolesConnectionSort: RoleBroaderRolesConnectionSort;
  RoleBroaderRolesConnectionWhere: RoleBroaderRolesConnectionWhere;
  RoleBroaderRolesCreateFieldInput: RoleBroaderRolesCreateFieldInput;
  RoleBroaderRolesDeleteFieldInput: RoleBroaderRolesDeleteFieldInput;
  RoleBroaderRolesDisconnectFieldInput: RoleBroaderRolesDisconnectFieldInput;
  RoleBroaderRolesFieldInput: RoleBroaderRolesFieldInput;
  RoleBroaderRolesNodeAggregationWhereInput: RoleBroaderRolesNodeAggregationWhereInput;
  RoleBroaderRolesRelationship: RoleBroaderRolesRelationship;
  RoleBroaderRolesUpdateConnectionInput: RoleBroaderRolesUpdateConnectionInput;
  RoleBroaderRolesUpdateFieldInput: RoleBroaderRolesUpdateFieldInput;
  RoleCandidate: RoleCandidate;
  RoleCandidateEdge: RoleCandidateEdge;
  RoleCandidatePage: RoleCandidatePage;
  RoleConnectInput: RoleConnectInput;
  RoleConnectWhere: RoleConnectWhere;
  RoleCreateInput: RoleCreateInput;
  RoleDeleteInput: RoleDeleteInput;
  RoleDisconnectInput: RoleDisconnectInput;
  RoleEdge: RoleEdge;
  RoleEquivalentOfConnectFieldInput: RoleEquivalentOfConnectFieldInput;
  RoleEquivalentOfConnection: RoleEquivalentOfConnection;
  RoleEquivalentOfConnectionAggregateInput: RoleEquivalentOfConnectionAggregateInput;
  RoleEquivalentOfConnectionFilters: RoleEquivalentOfConnectionFilters;
  RoleEquivalentOfConnectionSort: RoleEquivalentOfConnectionSort;
  RoleEquivalentOfConnectionWhere: RoleEquivalentOfConnectionWhere;
  RoleEquivalentOfCreateFieldInput: RoleEquivalentOfCreateFieldInput;
  RoleEquivalentOfDeleteFieldInput: RoleEquivalentOfDeleteFieldInput;
  RoleEquivalentOfDisconnectFieldInput: RoleEquivalentOfDisconnectFieldInput;
  RoleEquivalentOfFieldInput: RoleEquivalentOfFieldInput;
  RoleEquivalentOfNodeAggregationWhereInput: RoleEquivalentOfNodeAggregationWhereInput;
  RoleEquivalentOfRelationship: RoleEquivalentOfRelationship;
  RoleEquivalentOfUpdateConnectionInput: RoleEquivalentOfUpdateConnectionInput;
  RoleEquivalentOfUpdateFieldInput: RoleEquivalentOfUpdateFieldInput;
  RoleEquivalentRolesConnectFieldInput: RoleEquivalentRolesConnectFieldInput;
  RoleEquivalentRolesConnection: RoleEquivalentRolesConnection;
  RoleEquivalentRolesConnectionAggregateInput: RoleEquivalentRolesConnectionAggregateInput;
  RoleEquivalentRolesConnectionFilters: RoleEquivalentRolesConnectionFilters;
  RoleEquivalentRolesConnectionSort: RoleEquivalentRolesConnectionSort;
  RoleEquivalentRolesConnectionWhere: RoleEquivalentRolesConnectionWhere;
  RoleEquivalentRolesCreateFieldInput: RoleEquivalentRolesCreateFieldInput;
  RoleEquivalentRolesDeleteFieldInput: RoleEquivalentRolesDeleteFieldInput;
  RoleEquivalentRolesDisconnectFieldInput: RoleEquivalentRolesDisconnectFieldInput;
  RoleEquivalentRolesFieldInput: RoleEquivalentRolesFieldInput;
  RoleEquivalentRolesNodeAggregationWhereInput: RoleEquivalentRolesNodeAggregationWhereInput;
  RoleEquivalentRolesRelationship: RoleEquivalentRolesRelationship;
  RoleEquivalentRolesUpdateConnectionInput: RoleEquivalentRolesUpdateConnectionInput;
  RoleEquivalentRolesUpdateFieldInput: RoleEquivalentRolesUpdateFieldInput;
  RoleHoldersConnectFieldInput: RoleHoldersConnectFieldInput;
  RoleHoldersConnection: RoleHoldersConnection;
  RoleHoldersConnectionAggregateInput: RoleHoldersConnectionAggregateInput;
  RoleHoldersConnectionFilters: RoleHoldersConnectionFilters;
  RoleHoldersConnectionSort: RoleHoldersConnectionSort;
  RoleHoldersConnectionWhere: RoleHoldersConnectionWhere;
  RoleHoldersCreateFieldInput: RoleHoldersCreateFieldInput;
  RoleHoldersDeleteFieldInput: RoleHoldersDeleteFieldInput;
  RoleHoldersDisconnectFieldInput: RoleHoldersDisconnectFieldInput;
  RoleHoldersFieldInput: RoleHoldersFieldInput;
  RoleHoldersNodeAggregationWhereInput: RoleHoldersNodeAggregationWhereInput;
  RoleHoldersRelationship: RoleHoldersRelationship;
  RoleHoldersUpdateConnectionInput: RoleHoldersUpdateConnectionInput;
  RoleHoldersUpdateFieldInput: RoleHoldersUpdateFieldInput;
  RoleNarrowerRolesConnectFieldInput: RoleNarrowerRolesConnectFieldInput;
  RoleNarrowerRolesConnection: RoleNarrowerRolesConnection;
  RoleNarrowerRolesConnectionAggregateInput: RoleNarrowerRolesConnectionAggregateInput;
  RoleNarrowerRolesConnectionFilters: RoleNarrowerRolesConnectionFilters;
  RoleNarrowerRolesConnectionSort: RoleNarrowerRolesConnectionSort;
  RoleNarrowerRolesConnectionWhere: RoleNarrowerRolesConnectionWhere;
  RoleNarrowerRolesCreateFieldInput: RoleNarrowerRolesCreateFieldInput;
  RoleNarrowerRolesDeleteFieldInput: RoleNarrowerRolesDeleteFieldInput;
  RoleNarrowerRolesDisconnectFieldInput: RoleNarrowerRolesDisconnectFieldInput;
  RoleNarrowerRolesFieldInput: RoleNarrowerRolesFieldInput;
  RoleNarrowerRolesNodeAggregationWhereInput: RoleNarrowerRolesNodeAggregationWhereInput;
  RoleNarrowerRolesRelationship: RoleNarrowerRolesRelationship;
  RoleNarrowerRolesUpdateConnectionInput: RoleNarrowerRolesUpdateConnectionInput;
  RoleNarrowerRolesUpdateFieldInput: RoleNarrowerRolesUpdateFieldInput;
  RoleOccupationGroupBroaderGroupsAggregateSelection: RoleOccupationGroupBroaderGroupsAggregateSelection;
  RoleOccupationGroupBroaderGroupsNodeAggregateSelection: RoleOccupationGroupBroaderGroupsNodeAggregateSelection;
  RoleOrgUnitStaffedInAggregateSelection: RoleOrgUnitStaffedInAggregateSelection;
  RoleOrgUnitStaffedInEdgeAggregateSelection: RoleOrgUnitStaffedInEdgeAggregateSelection;
  RoleOrgUnitStaffedInNodeAggregateSelection: RoleOrgUnitStaffedInNodeAggregateSelection;
  RolePastHoldersConnectFieldInput: RolePastHoldersConnectFieldInput;
  RolePastHoldersConnection: RolePastHoldersConnection;
  RolePastHoldersConnectionAggregateInput: RolePastHoldersConnectionAggregateInput;
  RolePastHoldersConnectionFilters: RolePastHoldersConnectionFilters;
  RolePastHoldersConnectionSort: RolePastHoldersConnectionSort;
  RolePastHoldersConnectionWhere: RolePastHoldersConnectionWhere;
  RolePastHoldersCreateFieldInput: RolePastHoldersCreateFieldInput;
  RolePastHoldersDeleteFieldInput: RolePastHoldersDeleteFieldInput;
  RolePastHoldersDisconnectFieldInput: RolePastHoldersDisconnectFieldInput;
  RolePastHoldersFieldInput: RolePastHoldersFieldInput;
  RolePastHoldersNodeAggregationWhereInput: RolePastHoldersNodeAggregationWhereInput;
  RolePastHoldersRelationship: RolePastHoldersRelationship;
  RolePastHoldersUpdateConnectionInput: RolePastHoldersUpdateConnectionInput;
  RolePastHoldersUpdateFieldInput: RolePastHoldersUpdateFieldInput;
  RolePersonAspiredByAggregateSelection: RolePersonAspiredByAggregateSelection;
  RolePersonAspiredByNodeAggregateSelection: RolePersonAspiredByNodeAggregateSelection;
  RolePersonHoldersAggregateSelection: RolePersonHoldersAggregateSelection;
  RolePersonHoldersNodeAggregateSelection: RolePersonHoldersNodeAggregateSelection;
  RolePersonPastHoldersAggregateSelection: RolePersonPastHoldersAggregateSelection;
  RolePersonPastHoldersNodeAggregateSelection: RolePersonPastHoldersNodeAggregateSelection;
  RoleRelationshipFilters: RoleRelationshipFilters;
  RoleRequiresConnectFieldInput: RoleRequiresConnectFieldInput;
  RoleRequiresConnection: RoleRequiresConnection;
  RoleRequiresConnectionAggregateInput: RoleRequiresConnectionAggregateInput;
  RoleRequiresConnectionFilters: RoleRequiresConnectionFilters;
  RoleRequiresConnectionSort: RoleRequiresConnectionSort;
  RoleRequiresConnectionWhere: RoleRequiresConnectionWhere;
  RoleRequiresCreateFieldInput: RoleRequiresCreateFieldInput;
  RoleRequiresDeleteFieldInput: RoleRequiresDeleteFieldInput;
  RoleRequiresDisconnectFieldInput: RoleRequiresDisconnectFieldInput;
  RoleRequiresFieldInput: RoleRequiresFieldInput;
  RoleRequiresNodeAggregationWhereInput: RoleRequiresNodeAggregationWhereInput;
  RoleRequiresRelationship: RoleRequiresRelationship;
  RoleRequiresUpdateConnectionInput: RoleRequiresUpdateConnectionInput;
  RoleRequiresUpdateFieldInput: RoleRequiresUpdateFieldInput;
  RoleRoleBroaderRolesAggregateSelection: RoleRoleBroaderRolesAggregateSelection;
  RoleRoleBroaderRolesNodeAggregateSelection: RoleRoleBroaderRolesNodeAggregateSelection;
  RoleRoleEquivalentOfAggregateSelection: RoleRoleEquivalentOfAggregateSelection;
  RoleRoleEquivalentOfEdgeAggregateSelection: RoleRoleEquivalentOfEdgeAggregateSelection;
  RoleRoleEquivalentOfNodeAggregateSelection: RoleRoleEquivalentOfNodeAggregateSelection;
  RoleRoleEquivalentRolesAggregateSelection: RoleRoleEquivalentRolesAggregateSelection;
  RoleRoleEquivalentRolesEdgeAggregateSelection: RoleRoleEquivalentRolesEdgeAggregateSelection;
  RoleRoleEquivalentRolesNodeAggregateSelection: RoleRoleEquivalentRolesNodeAggregateSelection;
  RoleRoleNarrowerRolesAggregateSelection: RoleRoleNarrowerRolesAggregateSelection;
  RoleRoleNarrowerRolesNodeAggregateSelection: RoleRoleNarrowerRolesNodeAggregateSelection;
  RoleSkillRequiresAggregateSelection: RoleSkillRequiresAggregateSelection;
  RoleSkillRequiresEdgeAggregateSelection: RoleSkillRequiresEdgeAggregateSelection;
  RoleSkillRequiresNodeAggregateSelection: RoleSkillRequiresNodeAggregateSelection;
  RoleSort: RoleSort;
  RoleStaffedInConnectFieldInput: RoleStaffedInConnectFieldInput;
  RoleStaffedInConnection: RoleStaffedInConnection;
  RoleStaffedInConnectionAggregateInput: RoleStaffedInConnectionAggregateInput;
  RoleStaffedInConnectionFilters: RoleStaffedInConnectionFilters;
  RoleStaffedInConnectionSort: RoleStaffedInConnectionSort;
  RoleStaffedInConnectionWhere: RoleStaffedInConnectionWhere;
  RoleStaffedInCreateFieldInput: RoleStaffedInCreateFieldInput;
  RoleStaffedInDeleteFieldInput: RoleStaffedInDeleteFieldInput;
  RoleStaffedInDisconnectFieldInput: RoleStaffedInDisconnectFieldInput;
  RoleStaffedInFieldInput: RoleStaffedInFieldInput;
  RoleStaffedInNodeAggregationWhereInput: RoleStaffedInNodeAggregationWhereInput;
  RoleStaffedInRelationship: RoleStaffedInRelationship;
  RoleStaffedInUpdateConnectionInput: RoleStaffedInUpdateConnectionInput;
  RoleStaffedInUpdateFieldInput: RoleStaffedInUpdateFieldInput;
  RoleTenure: RoleTenure;
  RoleTenureCreateInput: RoleTenureCreateInput;
  RoleTenureSort: RoleTenureSort;
  RoleTenureUpdateInput: RoleTenureUpdateInput;
  RoleTenureWhere: RoleTenureWhere;
  RoleTransition: Omit<RoleTransition, 'missing'> & { missing: Array<ResolversParentTypes['TransitionGap']> };
  RoleUpdateInput: RoleUpdateInput;
  RoleWhere: RoleWhere;
  RolesConnection: RolesConnection;
  SearchText: Scalars['SearchText']['output'];
  Sharing: Sharing;
  SharingInput: SharingInput;
  Skill: Skill;
  SkillAggregate: SkillAggregate;
  SkillAggregateNode: SkillAggregateNode;
  SkillBroaderGroupsConnectFieldInput: SkillBroaderGroupsConnectFieldInput;
  SkillBroaderGroupsConnection: SkillBroaderGroupsConnection;
  SkillBroaderGroupsConnectionAggregateInput: SkillBroaderGroupsConnectionAggregateInput;
  SkillBroaderGroupsConnectionFilters: SkillBroaderGroupsConnectionFilters;
  SkillBroaderGroupsConnectionSort: SkillBroaderGroupsConnectionSort;
  SkillBroaderGroupsConnectionWhere: SkillBroaderGroupsConnectionWhere;
  SkillBroaderGroupsCreateFieldInput: SkillBroaderGroupsCreateFieldInput;
  SkillBroaderGroupsDeleteFieldInput: SkillBroaderGroupsDeleteFieldInput;
  SkillBroaderGroupsDisconnectFieldInput: SkillBroaderGroupsDisconnectFieldInput;
  SkillBroaderGroupsFieldInput: SkillBroaderGroupsFieldInput;
  SkillBroaderGroupsNodeAggregationWhereInput: SkillBroaderGroupsNodeAggregationWhereInput;
  SkillBroaderGroupsRelationship: SkillBroaderGroupsRelationship;
  SkillBroaderGroupsUpdateConnectionInput: SkillBroaderGroupsUpdateConnectionInput;
  SkillBroaderGroupsUpdateFieldInput: SkillBroaderGroupsUpdateFieldInput;
  SkillBroaderSkillsConnectFieldInput: SkillBroaderSkillsConnectFieldInput;
  SkillBroaderSkillsConnection: SkillBroaderSkillsConnection;
  SkillBroaderSkillsConnectionAggregateInput: SkillBroaderSkillsConnectionAggregateInput;
  SkillBroaderSkillsConnectionFilters: SkillBroaderSkillsConnectionFilters;
  SkillBroaderSkillsConnectionSort: SkillBroaderSkillsConnectionSort;
  SkillBroaderSkillsConnectionWhere: SkillBroaderSkillsConnectionWhere;
  SkillBroaderSkillsCreateFieldInput: SkillBroaderSkillsCreateFieldInput;
  SkillBroaderSkillsDeleteFieldInput: SkillBroaderSkillsDeleteFieldInput;
  SkillBroaderSkillsDisconnectFieldInput: SkillBroaderSkillsDisconnectFieldInput;
  SkillBroaderSkillsFieldInput: SkillBroaderSkillsFieldInput;
  SkillBroaderSkillsNodeAggregationWhereInput: SkillBroaderSkillsNodeAggregationWhereInput;
  SkillBroaderSkillsRelationship: SkillBroaderSkillsRelationship;
  SkillBroaderSkillsUpdateConnectionInput: SkillBroaderSkillsUpdateConnectionInput;
  SkillBroaderSkillsUpdateFieldInput: SkillBroaderSkillsUpdateFieldInput;
  SkillCertifiedByConnectFieldInput: SkillCertifiedByConnectFieldInput;
  SkillCertifiedByConnection: SkillCertifiedByConnection;
  SkillCertifiedByConnectionAggregateInput: SkillCertifiedByConnectionAggregateInput;
  SkillCertifiedByConnectionFilters: SkillCertifiedByConnectionFilters;
  SkillCertifiedByConnectionSort: SkillCertifiedByConnectionSort;
  SkillCertifiedByConnectionWhere: SkillCertifiedByConnectionWhere;
  SkillCertifiedByCreateFieldInput: SkillCertifiedByCreateFieldInput;
  SkillCertifiedByDeleteFieldInput: SkillCertifiedByDeleteFieldInput;
  SkillCertifiedByDisconnectFieldInput: SkillCertifiedByDisconnectFieldInput;
  SkillCertifiedByFieldInput: SkillCertifiedByFieldInput;
  SkillCertifiedByNodeAggregationWhereInput: SkillCertifiedByNodeAggregationWhereInput;
  SkillCertifiedByRelationship: SkillCertifiedByRelationship;
  SkillCertifiedByUpdateConnectionInput: SkillCertifiedByUpdateConnectionInput;
  SkillCertifiedByUpdateFieldInput: SkillCertifiedByUpdateFieldInput;
  SkillConnectInput: SkillConnectInput;
  SkillConnectWhere: SkillConnectWhere;
  SkillCourseTaughtByAggregateSelection: SkillCourseTaughtByAggregateSelection;
  SkillCourseTaughtByEdgeAggregateSelection: SkillCourseTaughtByEdgeAggregateSelection;
  SkillCourseTaughtByNodeAggregateSelection: SkillCourseTaughtByNodeAggregateSelection;
  SkillCreateInput: SkillCreateInput;
  SkillCredentialCertifiedByAggregateSelection: SkillCredentialCertifiedByAggregateSelection;
  SkillCredentialCertifiedByEdgeAggregateSelection: SkillCredentialCertifiedByEdgeAggregateSelection;
  SkillCredentialCertifiedByNodeAggregateSelection: SkillCredentialCertifiedByNodeAggregateSelection;
  SkillDeleteInput: SkillDeleteInput;
  SkillDisconnectInput: SkillDisconnectInput;
  SkillEdge: SkillEdge;
  SkillEvidence: SkillEvidence;
  SkillEvidenceAggregationWhereInput: SkillEvidenceAggregationWhereInput;
  SkillEvidenceCreateInput: SkillEvidenceCreateInput;
  SkillEvidenceSort: SkillEvidenceSort;
  SkillEvidenceUpdateInput: SkillEvidenceUpdateInput;
  SkillEvidenceWhere: SkillEvidenceWhere;
  SkillGapReport: SkillGapReport;
  SkillGapRow: SkillGapRow;
  SkillGroup: SkillGroup;
  SkillGroupAggregate: SkillGroupAggregate;
  SkillGroupAggregateNode: SkillGroupAggregateNode;
  SkillGroupBroaderGroupsConnectFieldInput: SkillGroupBroaderGroupsConnectFieldInput;
  SkillGroupBroaderGroupsConnection: SkillGroupBroaderGroupsConnection;
  SkillGroupBroaderGroupsConnectionAggregateInput: SkillGroupBroaderGroupsConnectionAggregateInput;
  SkillGroupBroaderGroupsConnectionFilters: SkillGroupBroaderGroupsConnectionFilters;
  SkillGroupBroaderGroupsConnectionSort: SkillGroupBroaderGroupsConnectionSort;
  SkillGroupBroaderGroupsConnectionWhere: SkillGroupBroaderGroupsConnectionWhere;
  SkillGroupBroaderGroupsCreateFieldInput: SkillGroupBroaderGroupsCreateFieldInput;
  SkillGroupBroaderGroupsDeleteFieldInput: SkillGroupBroaderGroupsDeleteFieldInput;
  SkillGroupBroaderGroupsDisconnectFieldInput: SkillGroupBroaderGroupsDisconnectFieldInput;
  SkillGroupBroaderGroupsFieldInput: SkillGroupBroaderGroupsFieldInput;
  SkillGroupBroaderGroupsNodeAggregationWhereInput: SkillGroupBroaderGroupsNodeAggregationWhereInput;
  SkillGroupBroaderGroupsRelationship: SkillGroupBroaderGroupsRelationship;
  SkillGroupBroaderGroupsUpdateConnectionInput: SkillGroupBroaderGroupsUpdateConnectionInput;
  SkillGroupBroaderGroupsUpdateFieldInput: SkillGroupBroaderGroupsUpdateFieldInput;
  SkillGroupConnectInput: SkillGroupConnectInput;
  SkillGroupConnectWhere: SkillGroupConnectWhere;
  SkillGroupCreateInput: SkillGroupCreateInput;
  SkillGroupDeleteInput: SkillGroupDeleteInput;
  SkillGroupDisconnectInput: SkillGroupDisconnectInput;
  SkillGroupEdge: SkillGroupEdge;
  SkillGroupNarrowerGroupsConnectFieldInput: SkillGroupNarrowerGroupsConnectFieldInput;
  SkillGroupNarrowerGroupsConnection: SkillGroupNarrowerGroupsConnection;
  SkillGroupNarrowerGroupsConnectionAggregateInput: SkillGroupNarrowerGroupsConnectionAggregateInput;
  SkillGroupNarrowerGroupsConnectionFilters: SkillGroupNarrowerGroupsConnectionFilters;
  SkillGroupNarrowerGroupsConnectionSort: SkillGroupNarrowerGroupsConnectionSort;
  SkillGroupNarrowerGroupsConnectionWhere: SkillGroupNarrowerGroupsConnectionWhere;
  SkillGroupNarrowerGroupsCreateFieldInput: SkillGroupNarrowerGroupsCreateFieldInput;
  SkillGroupNarrowerGroupsDeleteFieldInput: SkillGroupNarrowerGroupsDeleteFieldInput;
  SkillGroupNarrowerGroupsDisconnectFieldInput: SkillGroupNarrowerGroupsDisconnectFieldInput;
  SkillGroupNarrowerGroupsFieldInput: SkillGroupNarrowerGroupsFieldInput;
  SkillGroupNarrowerGroupsNodeAggregationWhereInput: SkillGroupNarrowerGroupsNodeAggregationWhereInput;
  SkillGroupNarrowerGroupsRelationship: SkillGroupNarrowerGroupsRelationship;
  SkillGroupNarrowerGroupsUpdateConnectionInput: SkillGroupNarrowerGroupsUpdateConnectionInput;
  SkillGroupNarrowerGroupsUpdateFieldInput: SkillGroupNarrowerGroupsUpdateFieldInput;
  SkillGroupNarrowerSkillsConnectFieldInput: SkillGroupNarrowerSkillsConnectFieldInput;
  SkillGroupNarrowerSkillsConnection: SkillGroupNarrowerSkillsConnection;
  SkillGroupNarrowerSkillsConnectionAggregateInput: SkillGroupNarrowerSkillsConnectionAggregateInput;
  SkillGroupNarrowerSkillsConnectionFilters: SkillGroupNarrowerSkillsConnectionFilters;
  SkillGroupNarrowerSkillsConnectionSort: SkillGroupNarrowerSkillsConnectionSort;
  SkillGroupNarrowerSkillsConnectionWhere: SkillGroupNarrowerSkillsConnectionWhere;
  SkillGroupNarrowerSkillsCreateFieldInput: SkillGroupNarrowerSkillsCreateFieldInput;
  SkillGroupNarrowerSkillsDeleteFieldInput: SkillGroupNarrowerSkillsDeleteFieldInput;
  SkillGroupNarrowerSkillsDisconnectFieldInput: SkillGroupNarrowerSkillsDisconnectFieldInput;
  SkillGroupNarrowerSkillsFieldInput: SkillGroupNarrowerSkillsFieldInput;
  SkillGroupNarrowerSkillsNodeAggregationWhereInput: SkillGroupNarrowerSkillsNodeAggregationWhereInput;
  SkillGroupNarrowerSkillsRelationship: SkillGroupNarrowerSkillsRelationship;
  SkillGroupNarrowerSkillsUpdateConnectionInput: SkillGroupNarrowerSkillsUpdateConnectionInput;
  SkillGroupNarrowerSkillsUpdateFieldInput: SkillGroupNarrowerSkillsUpdateFieldInput;
  SkillGroupRelationshipFilters: SkillGroupRelationshipFilters;
  SkillGroupSkillGroupBroaderGroupsAggregateSelection: SkillGroupSkillGroupBroaderGroupsAggregateSelection;
  SkillGroupSkillGroupBroaderGroupsNodeAggregateSelection: SkillGroupSkillGroupBroaderGroupsNodeAggregateSelection;
  SkillGroupSkillGroupNarrowerGroupsAggregateSelection: SkillGroupSkillGroupNarrowerGroupsAggregateSelection;
  SkillGroupSkillGroupNarrowerGroupsNodeAggregateSelection: SkillGroupSkillGroupNarrowerGroupsNodeAggregateSelection;
  SkillGroupSkillNarrowerSkillsAggregateSelection: SkillGroupSkillNarrowerSkillsAggregateSelection;
  SkillGroupSkillNarrowerSkillsNodeAggregateSelection: SkillGroupSkillNarrowerSkillsNodeAggregateSelection;
  SkillGroupSort: SkillGroupSort;
  SkillGroupUpdateInput: SkillGroupUpdateInput;
  SkillGroupWhere: SkillGroupWhere;
  SkillGroupsConnection: SkillGroupsConnection;
  SkillHeldByConnectFieldInput: SkillHeldByConnectFieldInput;
  SkillHeldByConnection: SkillHeldByConnection;
  SkillHeldByConnectionAggregateInput: SkillHeldByConnectionAggregateInput;
  SkillHeldByConnectionFilters: SkillHeldByConnectionFilters;
  SkillHeldByConnectionSort: SkillHeldByConnectionSort;
  SkillHeldByConnectionWhere: SkillHeldByConnectionWhere;
  SkillHeldByCreateFieldInput: SkillHeldByCreateFieldInput;
  SkillHeldByDeleteFieldInput: SkillHeldByDeleteFieldInput;
  SkillHeldByDisconnectFieldInput: SkillHeldByDisconnectFieldInput;
  SkillHeldByFieldInput: SkillHeldByFieldInput;
  SkillHeldByNodeAggregationWhereInput: SkillHeldByNodeAggregationWhereInput;
  SkillHeldByRelationship: SkillHeldByRelationship;
  SkillHeldByUpdateConnectionInput: SkillHeldByUpdateConnectionInput;
  SkillHeldByUpdateFieldInput: SkillHeldByUpdateFieldInput;
  SkillLevel: SkillLevel;
  SkillLevelAggregationWhereInput: SkillLevelAggregationWhereInput;
  SkillLevelCreateInput: SkillLevelCreateInput;
  SkillLevelSort: SkillLevelSort;
  SkillLevelUpdateInput: SkillLevelUpdateInput;
  SkillLevelWhere: SkillLevelWhere;
  SkillNarrowerSkillsConnectFieldInput: SkillNarrowerSkillsConnectFieldInput;
  SkillNarrowerSkillsConnection: SkillNarrowerSkillsConnection;
  SkillNarrowerSkillsConnectionAggregateInput: SkillNarrowerSkillsConnectionAggregateInput;
  SkillNarrowerSkillsConnectionFilters: SkillNarrowerSkillsConnectionFilters;
  SkillNarrowerSkillsConnectionSort: SkillNarrowerSkillsConnectionSort;
  SkillNarrowerSkillsConnectionWhere: SkillNarrowerSkillsConnectionWhere;
  SkillNarrowerSkillsCreateFieldInput: SkillNarrowerSkillsCreateFieldInput;
  SkillNarrowerSkillsDeleteFieldInput: SkillNarrowerSkillsDeleteFieldInput;
  SkillNarrowerSkillsDisconnectFieldInput: SkillNarrowerSkillsDisconnectFieldInput;
  SkillNarrowerSkillsFieldInput: SkillNarrowerSkillsFieldInput;
  SkillNarrowerSkillsNodeAggregationWhereInput: SkillNarrowerSkillsNodeAggregationWhereInput;
  SkillNarrowerSkillsRelationship: SkillNarrowerSkillsRelationship;
  SkillNarrowerSkillsUpdateConnectionInput: SkillNarrowerSkillsUpdateConnectionInput;
  SkillNarrowerSkillsUpdateFieldInput: SkillNarrowerSkillsUpdateFieldInput;
  SkillPersonHeldByAggregateSelection: SkillPersonHeldByAggregateSelection;
  SkillPersonHeldByEdgeAggregateSelection: SkillPersonHeldByEdgeAggregateSelection;
  SkillPersonHeldByNodeAggregateSelection: SkillPersonHeldByNodeAggregateSelection;
  SkillRaise: SkillRaise;
  SkillRelatedSkillsConnectFieldInput: SkillRelatedSkillsConnectFieldInput;
  SkillRelatedSkillsConnection: SkillRelatedSkillsConnection;
  SkillRelatedSkillsConnectionAggregateInput: SkillRelatedSkillsConnectionAggregateInput;
  SkillRelatedSkillsConnectionFilters: SkillRelatedSkillsConnectionFilters;
  SkillRelatedSkillsConnectionSort: SkillRelatedSkillsConnectionSort;
  SkillRelatedSkillsConnectionWhere: SkillRelatedSkillsConnectionWhere;
  SkillRelatedSkillsCreateFieldInput: SkillRelatedSkillsCreateFieldInput;
  SkillRelatedSkillsDeleteFieldInput: SkillRelatedSkillsDeleteFieldInput;
  SkillRelatedSkillsDisconnectFieldInput: SkillRelatedSkillsDisconnectFieldInput;
  SkillRelatedSkillsFieldInput: SkillRelatedSkillsFieldInput;
  SkillRelatedSkillsNodeAggregationWhereInput: SkillRelatedSkillsNodeAggregationWhereInput;
  SkillRelatedSkillsRelationship: SkillRelatedSkillsRelationship;
  SkillRelatedSkillsUpdateConnectionInput: SkillRelatedSkillsUpdateConnectionInput;
  SkillRelatedSkillsUpdateFieldInput: SkillRelatedSkillsUpdateFieldInput;
  SkillRelation: SkillRelation;
  SkillRelationCreateInput: SkillRelationCreateInput;
  SkillRelationSort: SkillRelationSort;
  SkillRelationUpdateInput: SkillRelationUpdateInput;
  SkillRelationWhere: SkillRelationWhere;
  SkillRelationshipFilters: SkillRelationshipFilters;
  SkillRequiredByConnectFieldInput: SkillRequiredByConnectFieldInput;
  SkillRequiredByConnection: SkillRequiredByConnection;
  SkillRequiredByConnectionAggregateInput: SkillRequiredByConnectionAggregateInput;
  SkillRequiredByConnectionFilters: SkillRequiredByConnectionFilters;
  SkillRequiredByConnectionSort: SkillRequiredByConnectionSort;
  SkillRequiredByConnectionWhere: SkillRequiredByConnectionWhere;
  SkillRequiredByCreateFieldInput: SkillRequiredByCreateFieldInput;
  SkillRequiredByDeleteFieldInput: SkillRequiredByDeleteFieldInput;
  SkillRequiredByDisconnectFieldInput: SkillRequiredByDisconnectFieldInput;
  SkillRequiredByFieldInput: SkillRequiredByFieldInput;
  SkillRequiredByNodeAggregationWhereInput: SkillRequiredByNodeAggregationWhereInput;
  SkillRequiredByRelationship: SkillRequiredByRelationship;
  SkillRequiredByUpdateConnectionInput: SkillRequiredByUpdateConnectionInput;
  SkillRequiredByUpdateFieldInput: SkillRequiredByUpdateFieldInput;
  SkillRoleRequiredByAggregateSelection: SkillRoleRequiredByAggregateSelection;
  SkillRoleRequiredByEdgeAggregateSelection: SkillRoleRequiredByEdgeAggregateSelection;
  SkillRoleRequiredByNodeAggregateSelection: SkillRoleRequiredByNodeAggregateSelection;
  SkillSkillBroaderSkillsAggregateSelection: SkillSkillBroaderSkillsAggregateSelection;
  SkillSkillBroaderSkillsNodeAggregateSelection: SkillSkillBroaderSkillsNodeAggregateSelection;
  SkillSkillGroupBroaderGroupsAggregateSelection: SkillSkillGroupBroaderGroupsAggregateSelection;
  SkillSkillGroupBroaderGroupsNodeAggregateSelection: SkillSkillGroupBroaderGroupsNodeAggregateSelection;
  SkillSkillNarrowerSkillsAggregateSelection: SkillSkillNarrowerSkillsAggregateSelection;
  SkillSkillNarrowerSkillsNodeAggregateSelection: SkillSkillNarrowerSkillsNodeAggregateSelection;
  SkillSkillRelatedSkillsAggregateSelection: SkillSkillRelatedSkillsAggregateSelection;
  SkillSkillRelatedSkillsNodeAggregateSelection: SkillSkillRelatedSkillsNodeAggregateSelection;
  SkillSort: SkillSort;
  SkillSuggestion: SkillSuggestion;
  SkillSupplyDemand: SkillSupplyDemand;
  SkillSupplyDemandRow: SkillSupplyDemandRow;
  SkillTag: SkillTag;
  SkillTaughtByConnectFieldInput: SkillTaughtByConnectFieldInput;
  SkillTaughtByConnection: SkillTaughtByConnection;
  SkillTaughtByConnectionAggregateInput: SkillTaughtByConnectionAggregateInput;
  SkillTaughtByConnectionFilters: SkillTaughtByConnectionFilters;
  SkillTaughtByConnectionSort: SkillTaughtByConnectionSort;
  SkillTaughtByConnectionWhere: SkillTaughtByConnectionWhere;
  SkillTaughtByCreateFieldInput: SkillTaughtByCreateFieldInput;
  SkillTaughtByDeleteFieldInput: SkillTaughtByDeleteFieldInput;
  SkillTaughtByDisconnectFieldInput: SkillTaughtByDisconnectFieldInput;
  SkillTaughtByFieldInput: SkillTaughtByFieldInput;
  SkillTaughtByNodeAggregationWhereInput: SkillTaughtByNodeAggregationWhereInput;
  SkillTaughtByRelationship: SkillTaughtByRelationship;
  SkillTaughtByUpdateConnectionInput: SkillTaughtByUpdateConnectionInput;
  SkillTaughtByUpdateFieldInput: SkillTaughtByUpdateFieldInput;
  SkillTypeEnumScalarFilters: SkillTypeEnumScalarFilters;
  SkillTypeEnumScalarMutations: SkillTypeEnumScalarMutations;
  SkillUpdateInput: SkillUpdateInput;
  SkillWhere: SkillWhere;
  SkillsConnection: SkillsConnection;
  StackAtRisk: StackAtRisk;
  StackEntry: StackEntry;
  StackPart: StackPart;
  StackPartCreateInput: StackPartCreateInput;
  StackPartSort: StackPartSort;
  StackPartUpdateInput: StackPartUpdateInput;
  StackPartWhere: StackPartWhere;
  StackRule: StackRule;
  String: Scalars['String']['output'];
  StringAggregateSelection: StringAggregateSelection;
  StringListFilters: StringListFilters;
  StringScalarAggregationFilters: StringScalarAggregationFilters;
  StringScalarFilters: StringScalarFilters;
  StringScalarMutations: StringScalarMutations;
  SuggestedCourse: SuggestedCourse;
  TaxonomyEnumScalarFilters: TaxonomyEnumScalarFilters;
  TaxonomyEnumScalarMutations: TaxonomyEnumScalarMutations;
  Team: Team;
  TeamAggregate: TeamAggregate;
  TeamAggregateNode: TeamAggregateNode;
  TeamConnectInput: TeamConnectInput;
  TeamConnectWhere: TeamConnectWhere;
  TeamConstraintsInput: TeamConstraintsInput;
  TeamCreateInput: TeamCreateInput;
  TeamDeleteInput: TeamDeleteInput;
  TeamDisconnectInput: TeamDisconnectInput;
  TeamEdge: TeamEdge;
  TeamEvidence: TeamEvidence;
  TeamMember: TeamMember;
  TeamMembersConnectFieldInput: TeamMembersConnectFieldInput;
  TeamMembersConnection: TeamMembersConnection;
  TeamMembersConnectionAggregateInput: TeamMembersConnectionAggregateInput;
  TeamMembersConnectionFilters: TeamMembersConnectionFilters;
  TeamMembersConnectionSort: TeamMembersConnectionSort;
  TeamMembersConnectionWhere: TeamMembersConnectionWhere;
  TeamMembersCreateFieldInput: TeamMembersCreateFieldInput;
  TeamMembersDeleteFieldInput: TeamMembersDeleteFieldInput;
  TeamMembersDisconnectFieldInput: TeamMembersDisconnectFieldInput;
  TeamMembersFieldInput: TeamMembersFieldInput;
  TeamMembersNodeAggregationWhereInput: TeamMembersNodeAggregationWhereInput;
  TeamMembersRelationship: TeamMembersRelationship;
  TeamMembersUpdateConnectionInput: TeamMembersUpdateConnectionInput;
  TeamMembersUpdateFieldInput: TeamMembersUpdateFieldInput;
  TeamMembership: TeamMembership;
  TeamMembershipAggregationWhereInput: TeamMembershipAggregationWhereInput;
  TeamMembershipCreateInput: TeamMembershipCreateInput;
  TeamMembershipSort: TeamMembershipSort;
  TeamMembershipUpdateInput: TeamMembershipUpdateInput;
  TeamMembershipWhere: TeamMembershipWhere;
  TeamNeed: TeamNeed;
  TeamNeedAggregationWhereInput: TeamNeedAggregationWhereInput;
  TeamNeedCreateInput: TeamNeedCreateInput;
  TeamNeedSort: TeamNeedSort;
  TeamNeedUpdateInput: TeamNeedUpdateInput;
  TeamNeedWhere: TeamNeedWhere;
  TeamNeedsConnectFieldInput: TeamNeedsConnectFieldInput;
  TeamNeedsConnection: TeamNeedsConnection;
  TeamNeedsConnectionAggregateInput: TeamNeedsConnectionAggregateInput;
  TeamNeedsConnectionFilters: TeamNeedsConnectionFilters;
  TeamNeedsConnectionSort: TeamNeedsConnectionSort;
  TeamNeedsConnectionWhere: TeamNeedsConnectionWhere;
  TeamNeedsCreateFieldInput: TeamNeedsCreateFieldInput;
  TeamNeedsDeleteFieldInput: TeamNeedsDeleteFieldInput;
  TeamNeedsDisconnectFieldInput: TeamNeedsDisconnectFieldInput;
  TeamNeedsFieldInput: TeamNeedsFieldInput;
  TeamNeedsNodeAggregationWhereInput: TeamNeedsNodeAggregationWhereInput;
  TeamNeedsRelationship: TeamNeedsRelationship;
  TeamNeedsUpdateConnectionInput: TeamNeedsUpdateConnectionInput;
  TeamNeedsUpdateFieldInput: TeamNeedsUpdateFieldInput;
  TeamOrgUnitConnection: TeamOrgUnitConnection;
  TeamOrgUnitConnectionWhere: TeamOrgUnitConnectionWhere;
  TeamOrgUnitCreateFieldInput: TeamOrgUnitCreateFieldInput;
  TeamOrgUnitDeleteFieldInput: TeamOrgUnitDeleteFieldInput;
  TeamOrgUnitFieldInput: TeamOrgUnitFieldInput;
  TeamOrgUnitRelationship: TeamOrgUnitRelationship;
  TeamPersonMembersAggregateSelection: TeamPersonMembersAggregateSelection;
  TeamPersonMembersEdgeAggregateSelection: TeamPersonMembersEdgeAggregateSelection;
  TeamPersonMembersNodeAggregateSelection: TeamPersonMembersNodeAggregateSelection;
  TeamRelationshipFilters: TeamRelationshipFilters;
  TeamRequirementInput: TeamRequirementInput;
  TeamSkillNeedsAggregateSelection: TeamSkillNeedsAggregateSelection;
  TeamSkillNeedsEdgeAggregateSelection: TeamSkillNeedsEdgeAggregateSelection;
  TeamSkillNeedsNodeAggregateSelection: TeamSkillNeedsNodeAggregateSelection;
  TeamSort: TeamSort;
  TeamUpdateInput: TeamUpdateInput;
  TeamWhere: TeamWhere;
  TeamsConnection: TeamsConnection;
  TextSpan: TextSpan;
  TransitionGap: TransitionGapModel;
  TransitionStart: TransitionStart;
  TransitionWeighting: TransitionWeighting;
  URL: Scalars['URL']['output'];
  URLScalarFilters: UrlScalarFilters;
  URLScalarMutations: UrlScalarMutations;
  UncoveredRequirement: UncoveredRequirement;
  UnmappedAlignment: UnmappedAlignment;
  UpdateCoursesMutationResponse: UpdateCoursesMutationResponse;
  UpdateCredentialsMutationResponse: UpdateCredentialsMutationResponse;
  UpdateInfo: UpdateInfo;
  UpdateOccupationGroupsMutationResponse: UpdateOccupationGroupsMutationResponse;
  UpdateOrgUnitsMutationResponse: UpdateOrgUnitsMutationResponse;
  UpdateOrganizationsMutationResponse: UpdateOrganizationsMutationResponse;
  UpdatePeopleMutationResponse: UpdatePeopleMutationResponse;
  UpdateRolesMutationResponse: UpdateRolesMutationResponse;
  UpdateSkillGroupsMutationResponse: UpdateSkillGroupsMutationResponse;
  UpdateSkillsMutationResponse: UpdateSkillsMutationResponse;
  UpdateTeamsMutationResponse: UpdateTeamsMutationResponse;
  WalletEntry: WalletEntry;
};

export type RangeDirectiveArgs = {
  max?: Maybe<Scalars['Float']['input']>;
  min?: Maybe<Scalars['Float']['input']>;
};

export type RangeDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = RangeDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AccessRecordResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AccessRecord'] = ResolversParentTypes['AccessRecord']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  audience?: Resolver<ResolversTypes['Audience'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AdjacentRolesResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AdjacentRoles'] = ResolversParentTypes['AdjacentRoles']> = {
  from?: Resolver<ResolversTypes['TransitionStart'], ParentType, ContextType>;
  rankedBy?: Resolver<ResolversTypes['MobilityRanking'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['RoleTransition']>, ParentType, ContextType>;
  rolesConsidered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  signalsUsed?: Resolver<Array<ResolversTypes['RankingSignalWeight']>, ParentType, ContextType>;
  weighting?: Resolver<ResolversTypes['TransitionWeighting'], ParentType, ContextType>;
};

export type BenchStrengthResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BenchStrength'] = ResolversParentTypes['BenchStrength']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  includeNarrower?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  minFit?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['RoleCandidate']>, ParentType, ContextType>;
  roleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  roleTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CandidatePageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CandidatePageInfo'] = ResolversParentTypes['CandidatePageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CareerPathResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CareerPath'] = ResolversParentTypes['CareerPath']> = {
  cost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roleIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['RoleTransition']>, ParentType, ContextType>;
};

export type CareerPathsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CareerPaths'] = ResolversParentTypes['CareerPaths']> = {
  closestReachable?: Resolver<Maybe<ResolversTypes['ClosestReachable']>, ParentType, ContextType>;
  directCost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['TransitionStart'], ParentType, ContextType>;
  k?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxSteps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  neighbours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paths?: Resolver<Array<ResolversTypes['CareerPath']>, ParentType, ContextType>;
  reachable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  toRoleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  toRoleTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weighting?: Resolver<ResolversTypes['TransitionWeighting'], ParentType, ContextType>;
};

export type ClaimReceiptResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClaimReceipt'] = ResolversParentTypes['ClaimReceipt']> = {
  alreadyClaimed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  holding?: Resolver<ResolversTypes['HoldingReceipt'], ParentType, ContextType>;
};

export type ClosestReachableResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClosestReachable'] = ResolversParentTypes['ClosestReachable']> = {
  costToTarget?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['CareerPath'], ParentType, ContextType>;
  roleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  roleTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CompletionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Completion'] = ResolversParentTypes['Completion']> = {
  completedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  evidenceUrl?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  verified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type CompletionReceiptResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CompletionReceipt'] = ResolversParentTypes['CompletionReceipt']> = {
  completedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  courseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  courseTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidenceUrl?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ComplianceElementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ComplianceElement'] = ResolversParentTypes['ComplianceElement']> = {
  element?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mandatory?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  present?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ComposedTeamResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ComposedTeam'] = ResolversParentTypes['ComposedTeam']> = {
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  candidatesAfterPruning?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  candidatesConsidered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  coverage?: Resolver<Array<ResolversTypes['RequirementCoverage']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  includeNarrower?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lowerBound?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['TeamMember']>, ParentType, ContextType>;
  optimal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  solver?: Resolver<ResolversTypes['TeamSolver'], ParentType, ContextType>;
  uncovered?: Resolver<Array<ResolversTypes['UncoveredRequirement']>, ParentType, ContextType>;
};

export type CountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Count'] = ResolversParentTypes['Count']> = {
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CountConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CountConnection'] = ResolversParentTypes['CountConnection']> = {
  edges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface CountryCodeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['CountryCode'], any> {
  name: 'CountryCode';
}

export type CourseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Course'] = ResolversParentTypes['Course']> = {
  completedBy?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, Partial<CourseCompletedByArgs>>;
  completedByConnection?: Resolver<ResolversTypes['CourseCompletedByConnection'], ParentType, ContextType, Partial<CourseCompletedByConnectionArgs>>;
  cost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  durationMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['DeliveryFormat'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['Locale'], ParentType, ContextType>;
  preparesFor?: Resolver<Array<ResolversTypes['Credential']>, ParentType, ContextType, Partial<CoursePreparesForArgs>>;
  preparesForConnection?: Resolver<ResolversTypes['CoursePreparesForConnection'], ParentType, ContextType, Partial<CoursePreparesForConnectionArgs>>;
  prerequisites?: Resolver<Array<ResolversTypes['Skill']>, ParentType, ContextType, Partial<CoursePrerequisitesArgs>>;
  prerequisitesConnection?: Resolver<ResolversTypes['CoursePrerequisitesConnection'], ParentType, ContextType, Partial<CoursePrerequisitesConnectionArgs>>;
  provider?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  providerConnection?: Resolver<ResolversTypes['CourseProviderConnection'], ParentType, ContextType>;
  teaches?: Resolver<Array<ResolversTypes['Skill']>, ParentType, ContextType, Partial<CourseTeachesArgs>>;
  teachesConnection?: Resolver<ResolversTypes['CourseTeachesConnection'], ParentType, ContextType, Partial<CourseTeachesConnectionArgs>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
};

export type CourseAggregateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CourseAggregate'] = ResolversParentTypes['CourseAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CourseAggregateNode'], ParentType, ContextType>;
};

export type CourseAggregateNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CourseAggregateNode'] = ResolversParentTypes['CourseAggregateNode']> = {
  cost?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  durationMinutes?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type CourseCompletedByConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CourseCompletedByConnection'] = ResolversParentTypes['CourseCompletedByConnection']> = {
  aggregate?: Resolver<ResolversTypes['CoursePersonCompletedByAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['CourseCompletedByRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CourseCompletedByRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CourseCompletedByRelationship'] = ResolversParentTypes['CourseCompletedByRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Completion'], ParentType, ContextType>;
};

export type CourseCredentialPreparesForAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CourseCredentialPreparesForAggregateSelection'] = ResolversParentTypes['CourseCredentialPreparesForAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['CourseCredentialPreparesForNodeAggregateSelection']>, ParentType, ContextType>;
};

export type CourseCredentialPreparesForNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CourseCredentialPreparesForNodeAggregateSelection'] = ResolversParentTypes['CourseCredentialPreparesForNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  ects?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  eqfLevel?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  gradingScheme?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  identityVerification?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  qualityAssurance?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  requiredParts?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  validityMonths?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  workloadHours?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
};

export type CourseEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CourseEdge'] = ResolversParentTypes['CourseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
};

export type CoursePersonCompletedByAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CoursePersonCompletedByAggregateSelection'] = ResolversParentTypes['CoursePersonCompletedByAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['CoursePersonCompletedByEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['CoursePersonCompletedByNodeAggregateSelection']>, ParentType, ContextType>;
};

export type CoursePersonCompletedByEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CoursePersonCompletedByEdgeAggregateSelection'] = ResolversParentTypes['CoursePersonCompletedByEdgeAggregateSelection']> = {
  completedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
};

export type CoursePersonCompletedByNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CoursePersonCompletedByNodeAggregateSelection'] = ResolversParentTypes['CoursePersonCompletedByNodeAggregateSelection']> = {
  availability?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type CoursePreparesForConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CoursePreparesForConnection'] = ResolversParentTypes['CoursePreparesForConnection']> = {
  aggregate?: Resolver<ResolversTypes['CourseCredentialPreparesForAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['CoursePreparesForRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoursePreparesForRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CoursePreparesForRelationship'] = ResolversParentTypes['CoursePreparesForRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Credential'], ParentType, ContextType>;
};

export type CoursePrerequisitesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CoursePrerequisitesConnection'] = ResolversParentTypes['CoursePrerequisitesConnection']> = {
  aggregate?: Resolver<ResolversTypes['CourseSkillPrerequisitesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['CoursePrerequisitesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoursePrerequisitesRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CoursePrerequisitesRelationship'] = ResolversParentTypes['CoursePrerequisitesRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Skill'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['SkillLevel'], ParentType, ContextType>;
};

export type CourseProviderConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CourseProviderConnection'] = ResolversParentTypes['CourseProviderConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CourseProviderRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CourseProviderRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CourseProviderRelationship'] = ResolversParentTypes['CourseProviderRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type CourseSkillPrerequisitesAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CourseSkillPrerequisitesAggregateSelection'] = ResolversParentTypes['CourseSkillPrerequisitesAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['CourseSkillPrerequisitesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['CourseSkillPrerequisitesNodeAggregateSelection']>, ParentType, ContextType>;
};

export type CourseSkillPrerequisitesEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CourseSkillPrerequisitesEdgeAggregateSelection'] = ResolversParentTypes['CourseSkillPrerequisitesEdgeAggregateSelection']> = {
  level?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
};

export type CourseSkillPrerequisitesNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CourseSkillPrerequisitesNodeAggregateSelection'] = ResolversParentTypes['CourseSkillPrerequisitesNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type CourseSkillTeachesAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CourseSkillTeachesAggregateSelection'] = ResolversParentTypes['CourseSkillTeachesAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['CourseSkillTeachesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['CourseSkillTeachesNodeAggregateSelection']>, ParentType, ContextType>;
};

export type CourseSkillTeachesEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CourseSkillTeachesEdgeAggregateSelection'] = ResolversParentTypes['CourseSkillTeachesEdgeAggregateSelection']> = {
  level?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
};

export type CourseSkillTeachesNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CourseSkillTeachesNodeAggregateSelection'] = ResolversParentTypes['CourseSkillTeachesNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type CourseTeachesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CourseTeachesConnection'] = ResolversParentTypes['CourseTeachesConnection']> = {
  aggregate?: Resolver<ResolversTypes['CourseSkillTeachesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['CourseTeachesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CourseTeachesRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CourseTeachesRelationship'] = ResolversParentTypes['CourseTeachesRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Skill'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['SkillLevel'], ParentType, ContextType>;
};

export type CoursesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CoursesConnection'] = ResolversParentTypes['CoursesConnection']> = {
  aggregate?: Resolver<ResolversTypes['CourseAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['CourseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoveredRequirementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CoveredRequirement'] = ResolversParentTypes['CoveredRequirement']> = {
  evidence?: Resolver<Array<ResolversTypes['TeamEvidence']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skillId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  skillName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CreateCoursesMutationResponseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CreateCoursesMutationResponse'] = ResolversParentTypes['CreateCoursesMutationResponse']> = {
  courses?: Resolver<Array<ResolversTypes['Course']>, ParentType, ContextType>;
  info?: Resolver<ResolversTypes['CreateInfo'], ParentType, ContextType>;
};

export type CreateCredentialsMutationResponseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CreateCredentialsMutationResponse'] = ResolversParentTypes['CreateCredentialsMutationResponse']> = {
  credentials?: Resolver<Array<ResolversTypes['Credential']>, ParentType, ContextType>;
  info?: Resolver<ResolversTypes['CreateInfo'], ParentType, ContextType>;
};

export type CreateInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CreateInfo'] = ResolversParentTypes['CreateInfo']> = {
  nodesCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CreateOccupationGroupsMutationResponseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CreateOccupationGroupsMutationResponse'] = ResolversParentTypes['CreateOccupationGroupsMutationResponse']> = {
  info?: Resolver<ResolversTypes['CreateInfo'], ParentType, ContextType>;
  occupationGroups?: Resolver<Array<ResolversTypes['OccupationGroup']>, ParentType, ContextType>;
};

export type CreateOrgUnitsMutationResponseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CreateOrgUnitsMutationResponse'] = ResolversParentTypes['CreateOrgUnitsMutationResponse']> = {
  info?: Resolver<ResolversTypes['CreateInfo'], ParentType, ContextType>;
  orgUnits?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
};

export type CreateOrganizationsMutationResponseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CreateOrganizationsMutationResponse'] = ResolversParentTypes['CreateOrganizationsMutationResponse']> = {
  info?: Resolver<ResolversTypes['CreateInfo'], ParentType, ContextType>;
  organizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
};

export type CreatePeopleMutationResponseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CreatePeopleMutationResponse'] = ResolversParentTypes['CreatePeopleMutationResponse']> = {
  info?: Resolver<ResolversTypes['CreateInfo'], ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
};

export type CreateRolesMutationResponseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CreateRolesMutationResponse'] = ResolversParentTypes['CreateRolesMutationResponse']> = {
  info?: Resolver<ResolversTypes['CreateInfo'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
};

export type CreateSkillGroupsMutationResponseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CreateSkillGroupsMutationResponse'] = ResolversParentTypes['CreateSkillGroupsMutationResponse']> = {
  info?: Resolver<ResolversTypes['CreateInfo'], ParentType, ContextType>;
  skillGroups?: Resolver<Array<ResolversTypes['SkillGroup']>, ParentType, ContextType>;
};

export type CreateSkillsMutationResponseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CreateSkillsMutationResponse'] = ResolversParentTypes['CreateSkillsMutationResponse']> = {
  info?: Resolver<ResolversTypes['CreateInfo'], ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['Skill']>, ParentType, ContextType>;
};

export type CreateTeamsMutationResponseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CreateTeamsMutationResponse'] = ResolversParentTypes['CreateTeamsMutationResponse']> = {
  info?: Resolver<ResolversTypes['CreateInfo'], ParentType, ContextType>;
  teams?: Resolver<Array<ResolversTypes['Team']>, ParentType, ContextType>;
};

export type CredentialResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Credential'] = ResolversParentTypes['Credential']> = {
  assessmentType?: Resolver<Maybe<ResolversTypes['AssessmentType']>, ParentType, ContextType>;
  awardingBody?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  awardingBodyConnection?: Resolver<ResolversTypes['CredentialAwardingBodyConnection'], ParentType, ContextType>;
  certifies?: Resolver<Array<ResolversTypes['Skill']>, ParentType, ContextType, Partial<CredentialCertifiesArgs>>;
  certifiesConnection?: Resolver<ResolversTypes['CredentialCertifiesConnection'], ParentType, ContextType, Partial<CredentialCertifiesConnectionArgs>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ects?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  eqfLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  euMicroCredential?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  gradingScheme?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  holders?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, Partial<CredentialHoldersArgs>>;
  holdersConnection?: Resolver<ResolversTypes['CredentialHoldersConnection'], ParentType, ContextType, Partial<CredentialHoldersConnectionArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identityVerification?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['Locale']>, ParentType, ContextType>;
  learningOutcomes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  partOf?: Resolver<Array<ResolversTypes['Credential']>, ParentType, ContextType, Partial<CredentialPartOfArgs>>;
  partOfConnection?: Resolver<ResolversTypes['CredentialPartOfConnection'], ParentType, ContextType, Partial<CredentialPartOfConnectionArgs>>;
  participationForm?: Resolver<Maybe<ResolversTypes['DeliveryFormat']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['Credential']>, ParentType, ContextType, Partial<CredentialPartsArgs>>;
  partsConnection?: Resolver<ResolversTypes['CredentialPartsConnection'], ParentType, ContextType, Partial<CredentialPartsConnectionArgs>>;
  preparedBy?: Resolver<Array<ResolversTypes['Course']>, ParentType, ContextType, Partial<CredentialPreparedByArgs>>;
  preparedByConnection?: Resolver<ResolversTypes['CredentialPreparedByConnection'], ParentType, ContextType, Partial<CredentialPreparedByConnectionArgs>>;
  prerequisites?: Resolver<Array<ResolversTypes['Credential']>, ParentType, ContextType, Partial<CredentialPrerequisitesArgs>>;
  prerequisitesConnection?: Resolver<ResolversTypes['CredentialPrerequisitesConnection'], ParentType, ContextType, Partial<CredentialPrerequisitesConnectionArgs>>;
  qualityAssurance?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requiredParts?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  validityMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  workloadHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type CredentialAggregateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialAggregate'] = ResolversParentTypes['CredentialAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CredentialAggregateNode'], ParentType, ContextType>;
};

export type CredentialAggregateNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialAggregateNode'] = ResolversParentTypes['CredentialAggregateNode']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  ects?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  eqfLevel?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  gradingScheme?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  identityVerification?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  qualityAssurance?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  requiredParts?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  validityMonths?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  workloadHours?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
};

export type CredentialAwardingBodyConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialAwardingBodyConnection'] = ResolversParentTypes['CredentialAwardingBodyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CredentialAwardingBodyRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CredentialAwardingBodyRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialAwardingBodyRelationship'] = ResolversParentTypes['CredentialAwardingBodyRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type CredentialCertifiesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialCertifiesConnection'] = ResolversParentTypes['CredentialCertifiesConnection']> = {
  aggregate?: Resolver<ResolversTypes['CredentialSkillCertifiesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['CredentialCertifiesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CredentialCertifiesRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialCertifiesRelationship'] = ResolversParentTypes['CredentialCertifiesRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Skill'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['SkillLevel'], ParentType, ContextType>;
};

export type CredentialCheckResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialCheck'] = ResolversParentTypes['CredentialCheck']> = {
  check?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CredentialComplianceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialCompliance'] = ResolversParentTypes['CredentialCompliance']> = {
  compliant?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  credentialId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  elements?: Resolver<Array<ResolversTypes['ComplianceElement']>, ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CredentialCoursePreparedByAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialCoursePreparedByAggregateSelection'] = ResolversParentTypes['CredentialCoursePreparedByAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['CredentialCoursePreparedByNodeAggregateSelection']>, ParentType, ContextType>;
};

export type CredentialCoursePreparedByNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialCoursePreparedByNodeAggregateSelection'] = ResolversParentTypes['CredentialCoursePreparedByNodeAggregateSelection']> = {
  cost?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  durationMinutes?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type CredentialCredentialPartOfAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialCredentialPartOfAggregateSelection'] = ResolversParentTypes['CredentialCredentialPartOfAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['CredentialCredentialPartOfNodeAggregateSelection']>, ParentType, ContextType>;
};

export type CredentialCredentialPartOfNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialCredentialPartOfNodeAggregateSelection'] = ResolversParentTypes['CredentialCredentialPartOfNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  ects?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  eqfLevel?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  gradingScheme?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  identityVerification?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  qualityAssurance?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  requiredParts?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  validityMonths?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  workloadHours?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
};

export type CredentialCredentialPartsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialCredentialPartsAggregateSelection'] = ResolversParentTypes['CredentialCredentialPartsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['CredentialCredentialPartsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type CredentialCredentialPartsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialCredentialPartsNodeAggregateSelection'] = ResolversParentTypes['CredentialCredentialPartsNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  ects?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  eqfLevel?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  gradingScheme?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  identityVerification?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  qualityAssurance?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  requiredParts?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  validityMonths?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  workloadHours?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
};

export type CredentialCredentialPrerequisitesAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialCredentialPrerequisitesAggregateSelection'] = ResolversParentTypes['CredentialCredentialPrerequisitesAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['CredentialCredentialPrerequisitesNodeAggregateSelection']>, ParentType, ContextType>;
};

export type CredentialCredentialPrerequisitesNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialCredentialPrerequisitesNodeAggregateSelection'] = ResolversParentTypes['CredentialCredentialPrerequisitesNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  ects?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  eqfLevel?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  gradingScheme?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  identityVerification?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  qualityAssurance?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  requiredParts?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  validityMonths?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  workloadHours?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
};

export type CredentialEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialEdge'] = ResolversParentTypes['CredentialEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Credential'], ParentType, ContextType>;
};

export type CredentialHolderResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialHolder'] = ResolversParentTypes['CredentialHolder']> = {
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  issuedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  verified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type CredentialHoldersResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialHolders'] = ResolversParentTypes['CredentialHolders']> = {
  credentialId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  holders?: Resolver<Array<ResolversTypes['CredentialHolder']>, ParentType, ContextType>;
  notListed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CredentialHoldersConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialHoldersConnection'] = ResolversParentTypes['CredentialHoldersConnection']> = {
  aggregate?: Resolver<ResolversTypes['CredentialPersonHoldersAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['CredentialHoldersRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CredentialHoldersRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialHoldersRelationship'] = ResolversParentTypes['CredentialHoldersRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['CredentialHolding'], ParentType, ContextType>;
};

export type CredentialHoldingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialHolding'] = ResolversParentTypes['CredentialHolding']> = {
  evidenceUrl?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  issuerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  revocationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CredentialOfferResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialOffer'] = ResolversParentTypes['CredentialOffer']> = {
  credentialId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  credentialTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['NamedRef'], ParentType, ContextType>;
  offerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CredentialPartOfConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialPartOfConnection'] = ResolversParentTypes['CredentialPartOfConnection']> = {
  aggregate?: Resolver<ResolversTypes['CredentialCredentialPartOfAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['CredentialPartOfRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CredentialPartOfRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialPartOfRelationship'] = ResolversParentTypes['CredentialPartOfRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Credential'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['StackPart'], ParentType, ContextType>;
};

export type CredentialPartsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialPartsConnection'] = ResolversParentTypes['CredentialPartsConnection']> = {
  aggregate?: Resolver<ResolversTypes['CredentialCredentialPartsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['CredentialPartsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CredentialPartsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialPartsRelationship'] = ResolversParentTypes['CredentialPartsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Credential'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['StackPart'], ParentType, ContextType>;
};

export type CredentialPersonHoldersAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialPersonHoldersAggregateSelection'] = ResolversParentTypes['CredentialPersonHoldersAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['CredentialPersonHoldersEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['CredentialPersonHoldersNodeAggregateSelection']>, ParentType, ContextType>;
};

export type CredentialPersonHoldersEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialPersonHoldersEdgeAggregateSelection'] = ResolversParentTypes['CredentialPersonHoldersEdgeAggregateSelection']> = {
  expiresAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  revocationReason?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  revokedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
};

export type CredentialPersonHoldersNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialPersonHoldersNodeAggregateSelection'] = ResolversParentTypes['CredentialPersonHoldersNodeAggregateSelection']> = {
  availability?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type CredentialPreparedByConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialPreparedByConnection'] = ResolversParentTypes['CredentialPreparedByConnection']> = {
  aggregate?: Resolver<ResolversTypes['CredentialCoursePreparedByAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['CredentialPreparedByRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CredentialPreparedByRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialPreparedByRelationship'] = ResolversParentTypes['CredentialPreparedByRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
};

export type CredentialPrerequisitesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialPrerequisitesConnection'] = ResolversParentTypes['CredentialPrerequisitesConnection']> = {
  aggregate?: Resolver<ResolversTypes['CredentialCredentialPrerequisitesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['CredentialPrerequisitesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CredentialPrerequisitesRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialPrerequisitesRelationship'] = ResolversParentTypes['CredentialPrerequisitesRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Credential'], ParentType, ContextType>;
};

export type CredentialProgressResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialProgress'] = ResolversParentTypes['CredentialProgress']> = {
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  credentialId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  expired?: Resolver<Array<ResolversTypes['PartProgress']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  held?: Resolver<Array<ResolversTypes['PartProgress']>, ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['PartProgress']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['PartProgress']>, ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  personName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['LearningPlan'], ParentType, ContextType>;
  prerequisitesMet?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  remainingMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['StackRule']>, ParentType, ContextType>;
  shareComplete?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HoldingStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CredentialRefResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialRef'] = ResolversParentTypes['CredentialRef']> = {
  credentialId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CredentialSkillCertifiesAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialSkillCertifiesAggregateSelection'] = ResolversParentTypes['CredentialSkillCertifiesAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['CredentialSkillCertifiesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['CredentialSkillCertifiesNodeAggregateSelection']>, ParentType, ContextType>;
};

export type CredentialSkillCertifiesEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialSkillCertifiesEdgeAggregateSelection'] = ResolversParentTypes['CredentialSkillCertifiesEdgeAggregateSelection']> = {
  level?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
};

export type CredentialSkillCertifiesNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialSkillCertifiesNodeAggregateSelection'] = ResolversParentTypes['CredentialSkillCertifiesNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type CredentialStackResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialStack'] = ResolversParentTypes['CredentialStack']> = {
  credentialId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['StackEntry']>, ParentType, ContextType>;
  prerequisites?: Resolver<Array<ResolversTypes['CredentialRef']>, ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CredentialVerificationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialVerification'] = ResolversParentTypes['CredentialVerification']> = {
  checks?: Resolver<Array<ResolversTypes['CredentialCheck']>, ParentType, ContextType>;
  credential?: Resolver<Maybe<ResolversTypes['JSONObject']>, ParentType, ContextType>;
  issuerId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CredentialsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CredentialsConnection'] = ResolversParentTypes['CredentialsConnection']> = {
  aggregate?: Resolver<ResolversTypes['CredentialAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['CredentialEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CrosswalkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Crosswalk'] = ResolversParentTypes['Crosswalk']> = {
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  similarity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface CurrencyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Currency'], any> {
  name: 'Currency';
}

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DateTimeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DateTimeAggregateSelection'] = ResolversParentTypes['DateTimeAggregateSelection']> = {
  max?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type DeleteInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DeleteInfo'] = ResolversParentTypes['DeleteInfo']> = {
  nodesDeleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsDeleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DemandAtLevelResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DemandAtLevel'] = ResolversParentTypes['DemandAtLevel']> = {
  headcount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EligibleCredentialResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EligibleCredential'] = ResolversParentTypes['EligibleCredential']> = {
  afterStep?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  credentialId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface EmailAddressScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['EmailAddress'], any> {
  name: 'EmailAddress';
}

export type ErasureReceiptResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ErasureReceipt'] = ResolversParentTypes['ErasureReceipt']> = {
  alreadyErased?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  erasedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationshipsRemoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EvidenceReceiptResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EvidenceReceipt'] = ResolversParentTypes['EvidenceReceipt']> = {
  assessedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  skillId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  skillName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['EvidenceSource'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type EvidenceUsedResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EvidenceUsed'] = ResolversParentTypes['EvidenceUsed']> = {
  assessedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  capped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  countsAs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  courseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  courseTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  credentialId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  credentialTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skillId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  skillName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  verified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  viaNarrower?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ExpiringHoldingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ExpiringHolding'] = ResolversParentTypes['ExpiringHolding']> = {
  credentialId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  daysLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  issuedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  personName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stacksAtRisk?: Resolver<Array<ResolversTypes['StackAtRisk']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type ExportedCredentialResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ExportedCredential'] = ResolversParentTypes['ExportedCredential']> = {
  credential?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  holdingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jws?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mediaType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FloatAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FloatAggregateSelection'] = ResolversParentTypes['FloatAggregateSelection']> = {
  average?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sum?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export interface FractionScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Fraction'], any> {
  name: 'Fraction';
}

export type GrowthPositionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GrowthPosition'] = ResolversParentTypes['GrowthPosition']> = {
  essentialCoverage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fit?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  gap?: Resolver<Array<ResolversTypes['SkillGapRow']>, ParentType, ContextType>;
  missingEssentials?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  orgUnitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orgUnitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  roleTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  transitionCost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type GrowthPositionsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GrowthPositions'] = ResolversParentTypes['GrowthPositions']> = {
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  includeNarrower?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  orgUnitId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  personName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['GrowthPosition']>, ParentType, ContextType>;
  positionsConsidered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HoldingReceiptResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HoldingReceipt'] = ResolversParentTypes['HoldingReceipt']> = {
  credentialId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  credentialTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  holdingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  issuerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ImportReceiptResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportReceipt'] = ResolversParentTypes['ImportReceipt']> = {
  alreadyImported?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  credentialId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  holdingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['NamedRef'], ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['ImportedSkill']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unmappedAlignments?: Resolver<Array<ResolversTypes['UnmappedAlignment']>, ParentType, ContextType>;
};

export type ImportRecheckResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportRecheck'] = ResolversParentTypes['ImportRecheck']> = {
  checked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revoked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unavailable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportedSkillResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportedSkill'] = ResolversParentTypes['ImportedSkill']> = {
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  skillId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  uri?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IntAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IntAggregateSelection'] = ResolversParentTypes['IntAggregateSelection']> = {
  average?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sum?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type IssueBatchResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IssueBatch'] = ResolversParentTypes['IssueBatch']> = {
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['IssueItemResult']>, ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  written?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type IssueItemResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IssueItemResult'] = ResolversParentTypes['IssueItemResult']> = {
  accepted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  alreadyIssued?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  claimCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  credentialId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  issueId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rejection?: Resolver<Maybe<ResolversTypes['IssueRejection']>, ParentType, ContextType>;
};

export type IssueRejectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IssueRejection'] = ResolversParentTypes['IssueRejection']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IssuedCredentialResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IssuedCredential'] = ResolversParentTypes['IssuedCredential']> = {
  credentialId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  credentialTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  issueId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recipientKind?: Resolver<ResolversTypes['RecipientKind'], ParentType, ContextType>;
  revocationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IssueStatus'], ParentType, ContextType>;
};

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type LearningPlanResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LearningPlan'] = ResolversParentTypes['LearningPlan']> = {
  candidateCourses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  credentialsToEarn?: Resolver<Array<ResolversTypes['CredentialRef']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['Currency']>, ParentType, ContextType>;
  eligibleCredentials?: Resolver<Array<ResolversTypes['EligibleCredential']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  objective?: Resolver<ResolversTypes['PlanObjective'], ParentType, ContextType>;
  open?: Resolver<Array<ResolversTypes['OpenSkill']>, ParentType, ContextType>;
  optimal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  personName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  solver?: Resolver<ResolversTypes['PlanSolver'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['LearningStep']>, ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetKind?: Resolver<ResolversTypes['LearningTargetKind'], ParentType, ContextType>;
  targetTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['PlanTargetSkill']>, ParentType, ContextType>;
  totalCost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  totalMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LearningStepResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LearningStep'] = ResolversParentTypes['LearningStep']> = {
  completedBefore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  courseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  minutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  prerequisites?: Resolver<Array<ResolversTypes['PrerequisiteMet']>, ParentType, ContextType>;
  raises?: Resolver<Array<ResolversTypes['SkillRaise']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalCost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  totalMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface LocaleScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Locale'], any> {
  name: 'Locale';
}

export type MeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me']> = {
  audiences?: Resolver<Array<ResolversTypes['Audience']>, ParentType, ContextType>;
  orgUnits?: Resolver<Array<ResolversTypes['NamedRef']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['NamedRef']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['NamedRef']>, ParentType, ContextType>;
  sharing?: Resolver<Maybe<ResolversTypes['Sharing']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptSkillSuggestion?: Resolver<ResolversTypes['SkillSuggestion'], ParentType, ContextType, RequireFields<MutationAcceptSkillSuggestionArgs, 'id' | 'importance' | 'level'>>;
  addSelfAssessment?: Resolver<ResolversTypes['EvidenceReceipt'], ParentType, ContextType, RequireFields<MutationAddSelfAssessmentArgs, 'level' | 'skillId'>>;
  claimCredential?: Resolver<ResolversTypes['ClaimReceipt'], ParentType, ContextType, Partial<MutationClaimCredentialArgs>>;
  confirmCompletion?: Resolver<ResolversTypes['CompletionReceipt'], ParentType, ContextType, RequireFields<MutationConfirmCompletionArgs, 'courseId' | 'personId'>>;
  createCourses?: Resolver<ResolversTypes['CreateCoursesMutationResponse'], ParentType, ContextType, RequireFields<MutationCreateCoursesArgs, 'input'>>;
  createCredentials?: Resolver<ResolversTypes['CreateCredentialsMutationResponse'], ParentType, ContextType, RequireFields<MutationCreateCredentialsArgs, 'input'>>;
  createOccupationGroups?: Resolver<ResolversTypes['CreateOccupationGroupsMutationResponse'], ParentType, ContextType, RequireFields<MutationCreateOccupationGroupsArgs, 'input'>>;
  createOrgUnits?: Resolver<ResolversTypes['CreateOrgUnitsMutationResponse'], ParentType, ContextType, RequireFields<MutationCreateOrgUnitsArgs, 'input'>>;
  createOrganizations?: Resolver<ResolversTypes['CreateOrganizationsMutationResponse'], ParentType, ContextType, RequireFields<MutationCreateOrganizationsArgs, 'input'>>;
  createPeople?: Resolver<ResolversTypes['CreatePeopleMutationResponse'], ParentType, ContextType, RequireFields<MutationCreatePeopleArgs, 'input'>>;
  createRoles?: Resolver<ResolversTypes['CreateRolesMutationResponse'], ParentType, ContextType, RequireFields<MutationCreateRolesArgs, 'input'>>;
  createSkillGroups?: Resolver<ResolversTypes['CreateSkillGroupsMutationResponse'], ParentType, ContextType, RequireFields<MutationCreateSkillGroupsArgs, 'input'>>;
  createSkills?: Resolver<ResolversTypes['CreateSkillsMutationResponse'], ParentType, ContextType, RequireFields<MutationCreateSkillsArgs, 'input'>>;
  createTeams?: Resolver<ResolversTypes['CreateTeamsMutationResponse'], ParentType, ContextType, RequireFields<MutationCreateTeamsArgs, 'input'>>;
  deleteCourses?: Resolver<ResolversTypes['DeleteInfo'], ParentType, ContextType, Partial<MutationDeleteCoursesArgs>>;
  deleteCredentials?: Resolver<ResolversTypes['DeleteInfo'], ParentType, ContextType, Partial<MutationDeleteCredentialsArgs>>;
  deleteOccupationGroups?: Resolver<ResolversTypes['DeleteInfo'], ParentType, ContextType, Partial<MutationDeleteOccupationGroupsArgs>>;
  deleteOrgUnits?: Resolver<ResolversTypes['DeleteInfo'], ParentType, ContextType, Partial<MutationDeleteOrgUnitsArgs>>;
  deleteOrganizations?: Resolver<ResolversTypes['DeleteInfo'], ParentType, ContextType, Partial<MutationDeleteOrganizationsArgs>>;
  deletePeople?: Resolver<ResolversTypes['DeleteInfo'], ParentType, ContextType, Partial<MutationDeletePeopleArgs>>;
  deleteRoles?: Resolver<ResolversTypes['DeleteInfo'], ParentType, ContextType, Partial<MutationDeleteRolesArgs>>;
  deleteSkillGroups?: Resolver<ResolversTypes['DeleteInfo'], ParentType, ContextType, Partial<MutationDeleteSkillGroupsArgs>>;
  deleteSkills?: Resolver<ResolversTypes['DeleteInfo'], ParentType, ContextType, Partial<MutationDeleteSkillsArgs>>;
  deleteTeams?: Resolver<ResolversTypes['DeleteInfo'], ParentType, ContextType, Partial<MutationDeleteTeamsArgs>>;
  erasePerson?: Resolver<ResolversTypes['ErasureReceipt'], ParentType, ContextType, RequireFields<MutationErasePersonArgs, 'personId'>>;
  importCredential?: Resolver<ResolversTypes['ImportReceipt'], ParentType, ContextType, RequireFields<MutationImportCredentialArgs, 'credential'>>;
  issueCredential?: Resolver<ResolversTypes['HoldingReceipt'], ParentType, ContextType, RequireFields<MutationIssueCredentialArgs, 'credentialId' | 'personId'>>;
  issueCredentials?: Resolver<ResolversTypes['IssueBatch'], ParentType, ContextType, RequireFields<MutationIssueCredentialsArgs, 'allOrNothing' | 'items'>>;
  recheckImportedCredentials?: Resolver<ResolversTypes['ImportRecheck'], ParentType, ContextType>;
  recordCompletion?: Resolver<ResolversTypes['CompletionReceipt'], ParentType, ContextType, RequireFields<MutationRecordCompletionArgs, 'courseId'>>;
  recordManagerAssessment?: Resolver<ResolversTypes['EvidenceReceipt'], ParentType, ContextType, RequireFields<MutationRecordManagerAssessmentArgs, 'level' | 'personId' | 'skillId'>>;
  rejectSkillSuggestion?: Resolver<ResolversTypes['SkillSuggestion'], ParentType, ContextType, RequireFields<MutationRejectSkillSuggestionArgs, 'id'>>;
  revokeCredential?: Resolver<ResolversTypes['RevocationReceipt'], ParentType, ContextType, RequireFields<MutationRevokeCredentialArgs, 'holdingId' | 'reason'>>;
  setAspirations?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<MutationSetAspirationsArgs, 'roleIds'>>;
  setSharing?: Resolver<ResolversTypes['Sharing'], ParentType, ContextType, RequireFields<MutationSetSharingArgs, 'input'>>;
  suggestCourseSkills?: Resolver<Array<ResolversTypes['SkillSuggestion']>, ParentType, ContextType, RequireFields<MutationSuggestCourseSkillsArgs, 'courseId' | 'first'>>;
  suggestRoleRequirements?: Resolver<Array<ResolversTypes['SkillSuggestion']>, ParentType, ContextType, RequireFields<MutationSuggestRoleRequirementsArgs, 'first' | 'roleId'>>;
  updateCourses?: Resolver<ResolversTypes['UpdateCoursesMutationResponse'], ParentType, ContextType, Partial<MutationUpdateCoursesArgs>>;
  updateCredentials?: Resolver<ResolversTypes['UpdateCredentialsMutationResponse'], ParentType, ContextType, Partial<MutationUpdateCredentialsArgs>>;
  updateOccupationGroups?: Resolver<ResolversTypes['UpdateOccupationGroupsMutationResponse'], ParentType, ContextType, Partial<MutationUpdateOccupationGroupsArgs>>;
  updateOrgUnits?: Resolver<ResolversTypes['UpdateOrgUnitsMutationResponse'], ParentType, ContextType, Partial<MutationUpdateOrgUnitsArgs>>;
  updateOrganizations?: Resolver<ResolversTypes['UpdateOrganizationsMutationResponse'], ParentType, ContextType, Partial<MutationUpdateOrganizationsArgs>>;
  updatePeople?: Resolver<ResolversTypes['UpdatePeopleMutationResponse'], ParentType, ContextType, Partial<MutationUpdatePeopleArgs>>;
  updateRoles?: Resolver<ResolversTypes['UpdateRolesMutationResponse'], ParentType, ContextType, Partial<MutationUpdateRolesArgs>>;
  updateSkillGroups?: Resolver<ResolversTypes['UpdateSkillGroupsMutationResponse'], ParentType, ContextType, Partial<MutationUpdateSkillGroupsArgs>>;
  updateSkills?: Resolver<ResolversTypes['UpdateSkillsMutationResponse'], ParentType, ContextType, Partial<MutationUpdateSkillsArgs>>;
  updateTeams?: Resolver<ResolversTypes['UpdateTeamsMutationResponse'], ParentType, ContextType, Partial<MutationUpdateTeamsArgs>>;
  withdrawSelfAssessment?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationWithdrawSelfAssessmentArgs, 'skillId'>>;
};

export type NamedRefResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NamedRef'] = ResolversParentTypes['NamedRef']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface NonNegativeFloatScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['NonNegativeFloat'], any> {
  name: 'NonNegativeFloat';
}

export type OccupationGroupResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OccupationGroup'] = ResolversParentTypes['OccupationGroup']> = {
  altTitles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  broaderGroups?: Resolver<Array<ResolversTypes['OccupationGroup']>, ParentType, ContextType, Partial<OccupationGroupBroaderGroupsArgs>>;
  broaderGroupsConnection?: Resolver<ResolversTypes['OccupationGroupBroaderGroupsConnection'], ParentType, ContextType, Partial<OccupationGroupBroaderGroupsConnectionArgs>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  narrowerGroups?: Resolver<Array<ResolversTypes['OccupationGroup']>, ParentType, ContextType, Partial<OccupationGroupNarrowerGroupsArgs>>;
  narrowerGroupsConnection?: Resolver<ResolversTypes['OccupationGroupNarrowerGroupsConnection'], ParentType, ContextType, Partial<OccupationGroupNarrowerGroupsConnectionArgs>>;
  narrowerRoles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType, Partial<OccupationGroupNarrowerRolesArgs>>;
  narrowerRolesConnection?: Resolver<ResolversTypes['OccupationGroupNarrowerRolesConnection'], ParentType, ContextType, Partial<OccupationGroupNarrowerRolesConnectionArgs>>;
  taxonomy?: Resolver<ResolversTypes['Taxonomy'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uri?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
};

export type OccupationGroupAggregateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OccupationGroupAggregate'] = ResolversParentTypes['OccupationGroupAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OccupationGroupAggregateNode'], ParentType, ContextType>;
};

export type OccupationGroupAggregateNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OccupationGroupAggregateNode'] = ResolversParentTypes['OccupationGroupAggregateNode']> = {
  code?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OccupationGroupBroaderGroupsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OccupationGroupBroaderGroupsConnection'] = ResolversParentTypes['OccupationGroupBroaderGroupsConnection']> = {
  aggregate?: Resolver<ResolversTypes['OccupationGroupOccupationGroupBroaderGroupsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OccupationGroupBroaderGroupsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OccupationGroupBroaderGroupsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OccupationGroupBroaderGroupsRelationship'] = ResolversParentTypes['OccupationGroupBroaderGroupsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OccupationGroup'], ParentType, ContextType>;
};

export type OccupationGroupEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OccupationGroupEdge'] = ResolversParentTypes['OccupationGroupEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OccupationGroup'], ParentType, ContextType>;
};

export type OccupationGroupNarrowerGroupsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OccupationGroupNarrowerGroupsConnection'] = ResolversParentTypes['OccupationGroupNarrowerGroupsConnection']> = {
  aggregate?: Resolver<ResolversTypes['OccupationGroupOccupationGroupNarrowerGroupsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OccupationGroupNarrowerGroupsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OccupationGroupNarrowerGroupsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OccupationGroupNarrowerGroupsRelationship'] = ResolversParentTypes['OccupationGroupNarrowerGroupsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OccupationGroup'], ParentType, ContextType>;
};

export type OccupationGroupNarrowerRolesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OccupationGroupNarrowerRolesConnection'] = ResolversParentTypes['OccupationGroupNarrowerRolesConnection']> = {
  aggregate?: Resolver<ResolversTypes['OccupationGroupRoleNarrowerRolesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OccupationGroupNarrowerRolesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OccupationGroupNarrowerRolesRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OccupationGroupNarrowerRolesRelationship'] = ResolversParentTypes['OccupationGroupNarrowerRolesRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type OccupationGroupOccupationGroupBroaderGroupsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OccupationGroupOccupationGroupBroaderGroupsAggregateSelection'] = ResolversParentTypes['OccupationGroupOccupationGroupBroaderGroupsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['OccupationGroupOccupationGroupBroaderGroupsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type OccupationGroupOccupationGroupBroaderGroupsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OccupationGroupOccupationGroupBroaderGroupsNodeAggregateSelection'] = ResolversParentTypes['OccupationGroupOccupationGroupBroaderGroupsNodeAggregateSelection']> = {
  code?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OccupationGroupOccupationGroupNarrowerGroupsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OccupationGroupOccupationGroupNarrowerGroupsAggregateSelection'] = ResolversParentTypes['OccupationGroupOccupationGroupNarrowerGroupsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['OccupationGroupOccupationGroupNarrowerGroupsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type OccupationGroupOccupationGroupNarrowerGroupsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OccupationGroupOccupationGroupNarrowerGroupsNodeAggregateSelection'] = ResolversParentTypes['OccupationGroupOccupationGroupNarrowerGroupsNodeAggregateSelection']> = {
  code?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OccupationGroupRoleNarrowerRolesAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OccupationGroupRoleNarrowerRolesAggregateSelection'] = ResolversParentTypes['OccupationGroupRoleNarrowerRolesAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['OccupationGroupRoleNarrowerRolesNodeAggregateSelection']>, ParentType, ContextType>;
};

export type OccupationGroupRoleNarrowerRolesNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OccupationGroupRoleNarrowerRolesNodeAggregateSelection'] = ResolversParentTypes['OccupationGroupRoleNarrowerRolesNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  escoCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  iscoGroup?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  jobZone?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  onetSocCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OccupationGroupsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OccupationGroupsConnection'] = ResolversParentTypes['OccupationGroupsConnection']> = {
  aggregate?: Resolver<ResolversTypes['OccupationGroupAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OccupationGroupEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OpenSkillResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OpenSkill'] = ResolversParentTypes['OpenSkill']> = {
  currentLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reachableLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['OpenReason'], ParentType, ContextType>;
  requiredLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skillId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  skillName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OrgUnitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrgUnit'] = ResolversParentTypes['OrgUnit']> = {
  children?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType, Partial<OrgUnitChildrenArgs>>;
  childrenConnection?: Resolver<ResolversTypes['OrgUnitChildrenConnection'], ParentType, ContextType, Partial<OrgUnitChildrenConnectionArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, Partial<OrgUnitMembersArgs>>;
  membersConnection?: Resolver<ResolversTypes['OrgUnitMembersConnection'], ParentType, ContextType, Partial<OrgUnitMembersConnectionArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  organizationConnection?: Resolver<ResolversTypes['OrgUnitOrganizationConnection'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  parentConnection?: Resolver<ResolversTypes['OrgUnitParentConnection'], ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType, Partial<OrgUnitPositionsArgs>>;
  positionsConnection?: Resolver<ResolversTypes['OrgUnitPositionsConnection'], ParentType, ContextType, Partial<OrgUnitPositionsConnectionArgs>>;
  teams?: Resolver<Array<ResolversTypes['Team']>, ParentType, ContextType, Partial<OrgUnitTeamsArgs>>;
  teamsConnection?: Resolver<ResolversTypes['OrgUnitTeamsConnection'], ParentType, ContextType, Partial<OrgUnitTeamsConnectionArgs>>;
};

export type OrgUnitAggregateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrgUnitAggregate'] = ResolversParentTypes['OrgUnitAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OrgUnitAggregateNode'], ParentType, ContextType>;
};

export type OrgUnitAggregateNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrgUnitAggregateNode'] = ResolversParentTypes['OrgUnitAggregateNode']> = {
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OrgUnitChildrenConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrgUnitChildrenConnection'] = ResolversParentTypes['OrgUnitChildrenConnection']> = {
  aggregate?: Resolver<ResolversTypes['OrgUnitOrgUnitChildrenAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OrgUnitChildrenRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrgUnitChildrenRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrgUnitChildrenRelationship'] = ResolversParentTypes['OrgUnitChildrenRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
};

export type OrgUnitEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrgUnitEdge'] = ResolversParentTypes['OrgUnitEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
};

export type OrgUnitMembersConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrgUnitMembersConnection'] = ResolversParentTypes['OrgUnitMembersConnection']> = {
  aggregate?: Resolver<ResolversTypes['OrgUnitPersonMembersAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OrgUnitMembersRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrgUnitMembersRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrgUnitMembersRelationship'] = ResolversParentTypes['OrgUnitMembersRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type OrgUnitOrgUnitChildrenAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrgUnitOrgUnitChildrenAggregateSelection'] = ResolversParentTypes['OrgUnitOrgUnitChildrenAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['OrgUnitOrgUnitChildrenNodeAggregateSelection']>, ParentType, ContextType>;
};

export type OrgUnitOrgUnitChildrenNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrgUnitOrgUnitChildrenNodeAggregateSelection'] = ResolversParentTypes['OrgUnitOrgUnitChildrenNodeAggregateSelection']> = {
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OrgUnitOrganizationConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrgUnitOrganizationConnection'] = ResolversParentTypes['OrgUnitOrganizationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrgUnitOrganizationRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrgUnitOrganizationRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrgUnitOrganizationRelationship'] = ResolversParentTypes['OrgUnitOrganizationRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type OrgUnitParentConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrgUnitParentConnection'] = ResolversParentTypes['OrgUnitParentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrgUnitParentRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrgUnitParentRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrgUnitParentRelationship'] = ResolversParentTypes['OrgUnitParentRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
};

export type OrgUnitPersonMembersAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrgUnitPersonMembersAggregateSelection'] = ResolversParentTypes['OrgUnitPersonMembersAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['OrgUnitPersonMembersNodeAggregateSelection']>, ParentType, ContextType>;
};

export type OrgUnitPersonMembersNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrgUnitPersonMembersNodeAggregateSelection'] = ResolversParentTypes['OrgUnitPersonMembersNodeAggregateSelection']> = {
  availability?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OrgUnitPositionsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrgUnitPositionsConnection'] = ResolversParentTypes['OrgUnitPositionsConnection']> = {
  aggregate?: Resolver<ResolversTypes['OrgUnitRolePositionsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OrgUnitPositionsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrgUnitPositionsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrgUnitPositionsRelationship'] = ResolversParentTypes['OrgUnitPositionsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
};

export type OrgUnitRolePositionsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrgUnitRolePositionsAggregateSelection'] = ResolversParentTypes['OrgUnitRolePositionsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['OrgUnitRolePositionsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['OrgUnitRolePositionsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type OrgUnitRolePositionsEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrgUnitRolePositionsEdgeAggregateSelection'] = ResolversParentTypes['OrgUnitRolePositionsEdgeAggregateSelection']> = {
  headcount?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  openings?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
};

export type OrgUnitRolePositionsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrgUnitRolePositionsNodeAggregateSelection'] = ResolversParentTypes['OrgUnitRolePositionsNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  escoCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  iscoGroup?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  jobZone?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  onetSocCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OrgUnitTeamTeamsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrgUnitTeamTeamsAggregateSelection'] = ResolversParentTypes['OrgUnitTeamTeamsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['OrgUnitTeamTeamsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type OrgUnitTeamTeamsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrgUnitTeamTeamsNodeAggregateSelection'] = ResolversParentTypes['OrgUnitTeamTeamsNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OrgUnitTeamsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrgUnitTeamsConnection'] = ResolversParentTypes['OrgUnitTeamsConnection']> = {
  aggregate?: Resolver<ResolversTypes['OrgUnitTeamTeamsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OrgUnitTeamsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrgUnitTeamsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrgUnitTeamsRelationship'] = ResolversParentTypes['OrgUnitTeamsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Team'], ParentType, ContextType>;
};

export type OrgUnitsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrgUnitsConnection'] = ResolversParentTypes['OrgUnitsConnection']> = {
  aggregate?: Resolver<ResolversTypes['OrgUnitAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OrgUnitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  country?: Resolver<Maybe<ResolversTypes['CountryCode']>, ParentType, ContextType>;
  courses?: Resolver<Array<ResolversTypes['Course']>, ParentType, ContextType, Partial<OrganizationCoursesArgs>>;
  coursesConnection?: Resolver<ResolversTypes['OrganizationCoursesConnection'], ParentType, ContextType, Partial<OrganizationCoursesConnectionArgs>>;
  credentials?: Resolver<Array<ResolversTypes['Credential']>, ParentType, ContextType, Partial<OrganizationCredentialsArgs>>;
  credentialsConnection?: Resolver<ResolversTypes['OrganizationCredentialsConnection'], ParentType, ContextType, Partial<OrganizationCredentialsConnectionArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['OrganizationKind']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orgUnits?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType, Partial<OrganizationOrgUnitsArgs>>;
  orgUnitsConnection?: Resolver<ResolversTypes['OrganizationOrgUnitsConnection'], ParentType, ContextType, Partial<OrganizationOrgUnitsConnectionArgs>>;
  url?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
};

export type OrganizationAggregateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganizationAggregate'] = ResolversParentTypes['OrganizationAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OrganizationAggregateNode'], ParentType, ContextType>;
};

export type OrganizationAggregateNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganizationAggregateNode'] = ResolversParentTypes['OrganizationAggregateNode']> = {
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OrganizationCourseCoursesAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganizationCourseCoursesAggregateSelection'] = ResolversParentTypes['OrganizationCourseCoursesAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['OrganizationCourseCoursesNodeAggregateSelection']>, ParentType, ContextType>;
};

export type OrganizationCourseCoursesNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganizationCourseCoursesNodeAggregateSelection'] = ResolversParentTypes['OrganizationCourseCoursesNodeAggregateSelection']> = {
  cost?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  durationMinutes?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OrganizationCoursesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganizationCoursesConnection'] = ResolversParentTypes['OrganizationCoursesConnection']> = {
  aggregate?: Resolver<ResolversTypes['OrganizationCourseCoursesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OrganizationCoursesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationCoursesRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganizationCoursesRelationship'] = ResolversParentTypes['OrganizationCoursesRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
};

export type OrganizationCredentialCredentialsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganizationCredentialCredentialsAggregateSelection'] = ResolversParentTypes['OrganizationCredentialCredentialsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['OrganizationCredentialCredentialsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type OrganizationCredentialCredentialsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganizationCredentialCredentialsNodeAggregateSelection'] = ResolversParentTypes['OrganizationCredentialCredentialsNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  ects?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  eqfLevel?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  gradingScheme?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  identityVerification?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  qualityAssurance?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  requiredParts?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  validityMonths?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  workloadHours?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
};

export type OrganizationCredentialsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganizationCredentialsConnection'] = ResolversParentTypes['OrganizationCredentialsConnection']> = {
  aggregate?: Resolver<ResolversTypes['OrganizationCredentialCredentialsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OrganizationCredentialsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationCredentialsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganizationCredentialsRelationship'] = ResolversParentTypes['OrganizationCredentialsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Credential'], ParentType, ContextType>;
};

export type OrganizationEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type OrganizationOrgUnitOrgUnitsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganizationOrgUnitOrgUnitsAggregateSelection'] = ResolversParentTypes['OrganizationOrgUnitOrgUnitsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['OrganizationOrgUnitOrgUnitsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type OrganizationOrgUnitOrgUnitsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganizationOrgUnitOrgUnitsNodeAggregateSelection'] = ResolversParentTypes['OrganizationOrgUnitOrgUnitsNodeAggregateSelection']> = {
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type OrganizationOrgUnitsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganizationOrgUnitsConnection'] = ResolversParentTypes['OrganizationOrgUnitsConnection']> = {
  aggregate?: Resolver<ResolversTypes['OrganizationOrgUnitOrgUnitsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OrganizationOrgUnitsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationOrgUnitsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganizationOrgUnitsRelationship'] = ResolversParentTypes['OrganizationOrgUnitsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
};

export type OrganizationsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganizationsConnection'] = ResolversParentTypes['OrganizationsConnection']> = {
  aggregate?: Resolver<ResolversTypes['OrganizationAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PartProgressResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PartProgress'] = ResolversParentTypes['PartProgress']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  credentialId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  issuedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  mandatory?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ruleSatisfied?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HoldingStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PastTenureResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PastTenure'] = ResolversParentTypes['PastTenure']> = {
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  until?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type PeopleConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PeopleConnection'] = ResolversParentTypes['PeopleConnection']> = {
  aggregate?: Resolver<ResolversTypes['PersonAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  aspiredRoles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType, Partial<PersonAspiredRolesArgs>>;
  aspiredRolesConnection?: Resolver<ResolversTypes['PersonAspiredRolesConnection'], ParentType, ContextType, Partial<PersonAspiredRolesConnectionArgs>>;
  availability?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  completedCourses?: Resolver<Array<ResolversTypes['Course']>, ParentType, ContextType, Partial<PersonCompletedCoursesArgs>>;
  completedCoursesConnection?: Resolver<ResolversTypes['PersonCompletedCoursesConnection'], ParentType, ContextType, Partial<PersonCompletedCoursesConnectionArgs>>;
  contactEmail?: Resolver<Maybe<ResolversTypes['EmailAddress']>, ParentType, ContextType>;
  credentials?: Resolver<Array<ResolversTypes['Credential']>, ParentType, ContextType, Partial<PersonCredentialsArgs>>;
  credentialsConnection?: Resolver<ResolversTypes['PersonCredentialsConnection'], ParentType, ContextType, Partial<PersonCredentialsConnectionArgs>>;
  currentRole?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
  currentRoleConnection?: Resolver<ResolversTypes['PersonCurrentRoleConnection'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['EmailAddress'], ParentType, ContextType>;
  fitFor?: Resolver<ResolversTypes['SkillGapReport'], ParentType, ContextType, RequireFields<PersonFitForArgs, 'includeNarrower' | 'roleId'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orgUnit?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  orgUnitConnection?: Resolver<ResolversTypes['PersonOrgUnitConnection'], ParentType, ContextType>;
  pastRoles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType, Partial<PersonPastRolesArgs>>;
  pastRolesConnection?: Resolver<ResolversTypes['PersonPastRolesConnection'], ParentType, ContextType, Partial<PersonPastRolesConnectionArgs>>;
  skills?: Resolver<Array<ResolversTypes['Skill']>, ParentType, ContextType, Partial<PersonSkillsArgs>>;
  skillsConnection?: Resolver<ResolversTypes['PersonSkillsConnection'], ParentType, ContextType, Partial<PersonSkillsConnectionArgs>>;
  teams?: Resolver<Array<ResolversTypes['Team']>, ParentType, ContextType, Partial<PersonTeamsArgs>>;
  teamsConnection?: Resolver<ResolversTypes['PersonTeamsConnection'], ParentType, ContextType, Partial<PersonTeamsConnectionArgs>>;
};

export type PersonAggregateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonAggregate'] = ResolversParentTypes['PersonAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PersonAggregateNode'], ParentType, ContextType>;
};

export type PersonAggregateNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonAggregateNode'] = ResolversParentTypes['PersonAggregateNode']> = {
  availability?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PersonAspiredRolesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonAspiredRolesConnection'] = ResolversParentTypes['PersonAspiredRolesConnection']> = {
  aggregate?: Resolver<ResolversTypes['PersonRoleAspiredRolesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PersonAspiredRolesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonAspiredRolesRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonAspiredRolesRelationship'] = ResolversParentTypes['PersonAspiredRolesRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type PersonCompletedCoursesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonCompletedCoursesConnection'] = ResolversParentTypes['PersonCompletedCoursesConnection']> = {
  aggregate?: Resolver<ResolversTypes['PersonCourseCompletedCoursesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PersonCompletedCoursesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonCompletedCoursesRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonCompletedCoursesRelationship'] = ResolversParentTypes['PersonCompletedCoursesRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Completion'], ParentType, ContextType>;
};

export type PersonCourseCompletedCoursesAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonCourseCompletedCoursesAggregateSelection'] = ResolversParentTypes['PersonCourseCompletedCoursesAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['PersonCourseCompletedCoursesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['PersonCourseCompletedCoursesNodeAggregateSelection']>, ParentType, ContextType>;
};

export type PersonCourseCompletedCoursesEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonCourseCompletedCoursesEdgeAggregateSelection'] = ResolversParentTypes['PersonCourseCompletedCoursesEdgeAggregateSelection']> = {
  completedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
};

export type PersonCourseCompletedCoursesNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonCourseCompletedCoursesNodeAggregateSelection'] = ResolversParentTypes['PersonCourseCompletedCoursesNodeAggregateSelection']> = {
  cost?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  durationMinutes?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PersonCredentialCredentialsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonCredentialCredentialsAggregateSelection'] = ResolversParentTypes['PersonCredentialCredentialsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['PersonCredentialCredentialsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['PersonCredentialCredentialsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type PersonCredentialCredentialsEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonCredentialCredentialsEdgeAggregateSelection'] = ResolversParentTypes['PersonCredentialCredentialsEdgeAggregateSelection']> = {
  expiresAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  revocationReason?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  revokedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
};

export type PersonCredentialCredentialsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonCredentialCredentialsNodeAggregateSelection'] = ResolversParentTypes['PersonCredentialCredentialsNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  ects?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  eqfLevel?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  gradingScheme?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  identityVerification?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  qualityAssurance?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  requiredParts?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  validityMonths?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  workloadHours?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
};

export type PersonCredentialsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonCredentialsConnection'] = ResolversParentTypes['PersonCredentialsConnection']> = {
  aggregate?: Resolver<ResolversTypes['PersonCredentialCredentialsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PersonCredentialsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonCredentialsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonCredentialsRelationship'] = ResolversParentTypes['PersonCredentialsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Credential'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['CredentialHolding'], ParentType, ContextType>;
};

export type PersonCurrentRoleConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonCurrentRoleConnection'] = ResolversParentTypes['PersonCurrentRoleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonCurrentRoleRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonCurrentRoleRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonCurrentRoleRelationship'] = ResolversParentTypes['PersonCurrentRoleRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['RoleTenure'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type PersonOrgUnitConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonOrgUnitConnection'] = ResolversParentTypes['PersonOrgUnitConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonOrgUnitRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonOrgUnitRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonOrgUnitRelationship'] = ResolversParentTypes['PersonOrgUnitRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
};

export type PersonPastRolesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonPastRolesConnection'] = ResolversParentTypes['PersonPastRolesConnection']> = {
  aggregate?: Resolver<ResolversTypes['PersonRolePastRolesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PersonPastRolesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonPastRolesRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonPastRolesRelationship'] = ResolversParentTypes['PersonPastRolesRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['PastTenure'], ParentType, ContextType>;
};

export type PersonRoleAspiredRolesAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonRoleAspiredRolesAggregateSelection'] = ResolversParentTypes['PersonRoleAspiredRolesAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['PersonRoleAspiredRolesNodeAggregateSelection']>, ParentType, ContextType>;
};

export type PersonRoleAspiredRolesNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonRoleAspiredRolesNodeAggregateSelection'] = ResolversParentTypes['PersonRoleAspiredRolesNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  escoCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  iscoGroup?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  jobZone?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  onetSocCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PersonRolePastRolesAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonRolePastRolesAggregateSelection'] = ResolversParentTypes['PersonRolePastRolesAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['PersonRolePastRolesNodeAggregateSelection']>, ParentType, ContextType>;
};

export type PersonRolePastRolesNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonRolePastRolesNodeAggregateSelection'] = ResolversParentTypes['PersonRolePastRolesNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  escoCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  iscoGroup?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  jobZone?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  onetSocCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PersonSkillSkillsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonSkillSkillsAggregateSelection'] = ResolversParentTypes['PersonSkillSkillsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['PersonSkillSkillsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['PersonSkillSkillsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type PersonSkillSkillsEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonSkillSkillsEdgeAggregateSelection'] = ResolversParentTypes['PersonSkillSkillsEdgeAggregateSelection']> = {
  assessedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
};

export type PersonSkillSkillsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonSkillSkillsNodeAggregateSelection'] = ResolversParentTypes['PersonSkillSkillsNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PersonSkillsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonSkillsConnection'] = ResolversParentTypes['PersonSkillsConnection']> = {
  aggregate?: Resolver<ResolversTypes['PersonSkillSkillsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PersonSkillsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonSkillsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonSkillsRelationship'] = ResolversParentTypes['PersonSkillsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Skill'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['SkillEvidence'], ParentType, ContextType>;
};

export type PersonTeamTeamsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonTeamTeamsAggregateSelection'] = ResolversParentTypes['PersonTeamTeamsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['PersonTeamTeamsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['PersonTeamTeamsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type PersonTeamTeamsEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonTeamTeamsEdgeAggregateSelection'] = ResolversParentTypes['PersonTeamTeamsEdgeAggregateSelection']> = {
  allocation?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
};

export type PersonTeamTeamsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonTeamTeamsNodeAggregateSelection'] = ResolversParentTypes['PersonTeamTeamsNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PersonTeamsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonTeamsConnection'] = ResolversParentTypes['PersonTeamsConnection']> = {
  aggregate?: Resolver<ResolversTypes['PersonTeamTeamsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PersonTeamsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonTeamsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonTeamsRelationship'] = ResolversParentTypes['PersonTeamsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Team'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['TeamMembership'], ParentType, ContextType>;
};

export type PlanTargetSkillResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlanTargetSkill'] = ResolversParentTypes['PlanTargetSkill']> = {
  currentLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  importance?: Resolver<Maybe<ResolversTypes['Importance']>, ParentType, ContextType>;
  requiredLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skillId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  skillName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PositionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Position'] = ResolversParentTypes['Position']> = {
  headcount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface PositiveIntScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PositiveInt'], any> {
  name: 'PositiveInt';
}

export type PrerequisiteMetResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PrerequisiteMet'] = ResolversParentTypes['PrerequisiteMet']> = {
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  metBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metByCourseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  skillId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  skillName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface ProficiencyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Proficiency'], any> {
  name: 'Proficiency';
}

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  accessLog?: Resolver<Array<ResolversTypes['AccessRecord']>, ParentType, ContextType, RequireFields<QueryAccessLogArgs, 'personId'>>;
  adjacentRoles?: Resolver<ResolversTypes['AdjacentRoles'], ParentType, ContextType, RequireFields<QueryAdjacentRolesArgs, 'first' | 'includeNarrower' | 'rankBy'>>;
  benchStrength?: Resolver<ResolversTypes['BenchStrength'], ParentType, ContextType, RequireFields<QueryBenchStrengthArgs, 'includeNarrower' | 'minFit' | 'roleId'>>;
  candidatesForRole?: Resolver<ResolversTypes['RoleCandidatePage'], ParentType, ContextType, RequireFields<QueryCandidatesForRoleArgs, 'includeNarrower' | 'roleId'>>;
  careerPaths?: Resolver<ResolversTypes['CareerPaths'], ParentType, ContextType, RequireFields<QueryCareerPathsArgs, 'from' | 'includeNarrower' | 'k' | 'maxSteps' | 'toRoleId'>>;
  composeTeam?: Resolver<ResolversTypes['ComposedTeam'], ParentType, ContextType, RequireFields<QueryComposeTeamArgs, 'includeNarrower' | 'requirements'>>;
  courses?: Resolver<Array<ResolversTypes['Course']>, ParentType, ContextType, Partial<QueryCoursesArgs>>;
  coursesConnection?: Resolver<ResolversTypes['CoursesConnection'], ParentType, ContextType, Partial<QueryCoursesConnectionArgs>>;
  credentialCompliance?: Resolver<ResolversTypes['CredentialCompliance'], ParentType, ContextType, RequireFields<QueryCredentialComplianceArgs, 'credentialId'>>;
  credentialHolders?: Resolver<ResolversTypes['CredentialHolders'], ParentType, ContextType, RequireFields<QueryCredentialHoldersArgs, 'credentialId'>>;
  credentialOffers?: Resolver<Array<ResolversTypes['CredentialOffer']>, ParentType, ContextType>;
  credentialProgress?: Resolver<ResolversTypes['CredentialProgress'], ParentType, ContextType, RequireFields<QueryCredentialProgressArgs, 'credentialId' | 'personId'>>;
  credentialStack?: Resolver<ResolversTypes['CredentialStack'], ParentType, ContextType, RequireFields<QueryCredentialStackArgs, 'credentialId'>>;
  credentials?: Resolver<Array<ResolversTypes['Credential']>, ParentType, ContextType, Partial<QueryCredentialsArgs>>;
  credentialsConnection?: Resolver<ResolversTypes['CredentialsConnection'], ParentType, ContextType, Partial<QueryCredentialsConnectionArgs>>;
  ctdl?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType, Partial<QueryCtdlArgs>>;
  expiringCredentials?: Resolver<Array<ResolversTypes['ExpiringHolding']>, ParentType, ContextType, RequireFields<QueryExpiringCredentialsArgs, 'withinDays'>>;
  exportCredential?: Resolver<ResolversTypes['ExportedCredential'], ParentType, ContextType, RequireFields<QueryExportCredentialArgs, 'holdingId'>>;
  exportCredentialStack?: Resolver<ResolversTypes['ExportedCredential'], ParentType, ContextType, RequireFields<QueryExportCredentialStackArgs, 'holdingId'>>;
  exportMyData?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  growthPositions?: Resolver<ResolversTypes['GrowthPositions'], ParentType, ContextType, RequireFields<QueryGrowthPositionsArgs, 'includeNarrower'>>;
  issuedCredentials?: Resolver<Array<ResolversTypes['IssuedCredential']>, ParentType, ContextType, Partial<QueryIssuedCredentialsArgs>>;
  learningPlan?: Resolver<ResolversTypes['LearningPlan'], ParentType, ContextType, RequireFields<QueryLearningPlanArgs, 'personId' | 'target'>>;
  me?: Resolver<ResolversTypes['Me'], ParentType, ContextType>;
  myAccessLog?: Resolver<Array<ResolversTypes['AccessRecord']>, ParentType, ContextType, Partial<QueryMyAccessLogArgs>>;
  nearestCredentials?: Resolver<Array<ResolversTypes['CredentialProgress']>, ParentType, ContextType, RequireFields<QueryNearestCredentialsArgs, 'personId'>>;
  occupationGroups?: Resolver<Array<ResolversTypes['OccupationGroup']>, ParentType, ContextType, Partial<QueryOccupationGroupsArgs>>;
  occupationGroupsConnection?: Resolver<ResolversTypes['OccupationGroupsConnection'], ParentType, ContextType, Partial<QueryOccupationGroupsConnectionArgs>>;
  orgUnits?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType, Partial<QueryOrgUnitsArgs>>;
  orgUnitsConnection?: Resolver<ResolversTypes['OrgUnitsConnection'], ParentType, ContextType, Partial<QueryOrgUnitsConnectionArgs>>;
  organizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, Partial<QueryOrganizationsArgs>>;
  organizationsConnection?: Resolver<ResolversTypes['OrganizationsConnection'], ParentType, ContextType, Partial<QueryOrganizationsConnectionArgs>>;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, Partial<QueryPeopleArgs>>;
  peopleConnection?: Resolver<ResolversTypes['PeopleConnection'], ParentType, ContextType, Partial<QueryPeopleConnectionArgs>>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType, Partial<QueryRolesArgs>>;
  rolesConnection?: Resolver<ResolversTypes['RolesConnection'], ParentType, ContextType, Partial<QueryRolesConnectionArgs>>;
  searchSkills?: Resolver<Array<ResolversTypes['Skill']>, ParentType, ContextType, RequireFields<QuerySearchSkillsArgs, 'first' | 'mode' | 'query'>>;
  skillGap?: Resolver<ResolversTypes['SkillGapReport'], ParentType, ContextType, RequireFields<QuerySkillGapArgs, 'includeNarrower' | 'personId' | 'roleId'>>;
  skillGroups?: Resolver<Array<ResolversTypes['SkillGroup']>, ParentType, ContextType, Partial<QuerySkillGroupsArgs>>;
  skillGroupsConnection?: Resolver<ResolversTypes['SkillGroupsConnection'], ParentType, ContextType, Partial<QuerySkillGroupsConnectionArgs>>;
  skillSuggestions?: Resolver<Array<ResolversTypes['SkillSuggestion']>, ParentType, ContextType, RequireFields<QuerySkillSuggestionsArgs, 'status'>>;
  skillSupplyDemand?: Resolver<ResolversTypes['SkillSupplyDemand'], ParentType, ContextType, RequireFields<QuerySkillSupplyDemandArgs, 'includeNarrower'>>;
  skills?: Resolver<Array<ResolversTypes['Skill']>, ParentType, ContextType, Partial<QuerySkillsArgs>>;
  skillsConnection?: Resolver<ResolversTypes['SkillsConnection'], ParentType, ContextType, Partial<QuerySkillsConnectionArgs>>;
  tagSkills?: Resolver<Array<ResolversTypes['SkillTag']>, ParentType, ContextType, RequireFields<QueryTagSkillsArgs, 'first' | 'text'>>;
  teams?: Resolver<Array<ResolversTypes['Team']>, ParentType, ContextType, Partial<QueryTeamsArgs>>;
  teamsConnection?: Resolver<ResolversTypes['TeamsConnection'], ParentType, ContextType, Partial<QueryTeamsConnectionArgs>>;
  verifyCredential?: Resolver<ResolversTypes['CredentialVerification'], ParentType, ContextType, RequireFields<QueryVerifyCredentialArgs, 'credential'>>;
  wallet?: Resolver<Array<ResolversTypes['WalletEntry']>, ParentType, ContextType, Partial<QueryWalletArgs>>;
};

export type RankingSignalResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RankingSignal'] = ResolversParentTypes['RankingSignal']> = {
  contribution?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  signal?: Resolver<ResolversTypes['MobilitySignal'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type RankingSignalWeightResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RankingSignalWeight'] = ResolversParentTypes['RankingSignalWeight']> = {
  signal?: Resolver<ResolversTypes['MobilitySignal'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type RequirementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Requirement'] = ResolversParentTypes['Requirement']> = {
  examples?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  hotTechnology?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  importance?: Resolver<ResolversTypes['Importance'], ParentType, ContextType>;
  inDemand?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onetImportance?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  onetLevel?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type RequirementCoverageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RequirementCoverage'] = ResolversParentTypes['RequirementCoverage']> = {
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  coveredBy?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  minLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skillId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  skillName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RevocationReceiptResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RevocationReceipt'] = ResolversParentTypes['RevocationReceipt']> = {
  alreadyRevoked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  credentialId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  holdingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type RoleResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role']> = {
  altTitles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  aspiredBy?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, Partial<RoleAspiredByArgs>>;
  aspiredByConnection?: Resolver<ResolversTypes['RoleAspiredByConnection'], ParentType, ContextType, Partial<RoleAspiredByConnectionArgs>>;
  broaderGroups?: Resolver<Array<ResolversTypes['OccupationGroup']>, ParentType, ContextType, Partial<RoleBroaderGroupsArgs>>;
  broaderGroupsConnection?: Resolver<ResolversTypes['RoleBroaderGroupsConnection'], ParentType, ContextType, Partial<RoleBroaderGroupsConnectionArgs>>;
  broaderRoles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType, Partial<RoleBroaderRolesArgs>>;
  broaderRolesConnection?: Resolver<ResolversTypes['RoleBroaderRolesConnection'], ParentType, ContextType, Partial<RoleBroaderRolesConnectionArgs>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  equivalentOf?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType, Partial<RoleEquivalentOfArgs>>;
  equivalentOfConnection?: Resolver<ResolversTypes['RoleEquivalentOfConnection'], ParentType, ContextType, Partial<RoleEquivalentOfConnectionArgs>>;
  equivalentRoles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType, Partial<RoleEquivalentRolesArgs>>;
  equivalentRolesConnection?: Resolver<ResolversTypes['RoleEquivalentRolesConnection'], ParentType, ContextType, Partial<RoleEquivalentRolesConnectionArgs>>;
  escoCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  holders?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, Partial<RoleHoldersArgs>>;
  holdersConnection?: Resolver<ResolversTypes['RoleHoldersConnection'], ParentType, ContextType, Partial<RoleHoldersConnectionArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  iscoGroup?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  jobZone?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  narrowerRoles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType, Partial<RoleNarrowerRolesArgs>>;
  narrowerRolesConnection?: Resolver<ResolversTypes['RoleNarrowerRolesConnection'], ParentType, ContextType, Partial<RoleNarrowerRolesConnectionArgs>>;
  onetSocCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pastHolders?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, Partial<RolePastHoldersArgs>>;
  pastHoldersConnection?: Resolver<ResolversTypes['RolePastHoldersConnection'], ParentType, ContextType, Partial<RolePastHoldersConnectionArgs>>;
  requires?: Resolver<Array<ResolversTypes['Skill']>, ParentType, ContextType, Partial<RoleRequiresArgs>>;
  requiresConnection?: Resolver<ResolversTypes['RoleRequiresConnection'], ParentType, ContextType, Partial<RoleRequiresConnectionArgs>>;
  staffedIn?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType, Partial<RoleStaffedInArgs>>;
  staffedInConnection?: Resolver<ResolversTypes['RoleStaffedInConnection'], ParentType, ContextType, Partial<RoleStaffedInConnectionArgs>>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  taxonomy?: Resolver<ResolversTypes['Taxonomy'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uri?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
};

export type RoleAggregateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleAggregate'] = ResolversParentTypes['RoleAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RoleAggregateNode'], ParentType, ContextType>;
};

export type RoleAggregateNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleAggregateNode'] = ResolversParentTypes['RoleAggregateNode']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  escoCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  iscoGroup?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  jobZone?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  onetSocCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type RoleAspiredByConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleAspiredByConnection'] = ResolversParentTypes['RoleAspiredByConnection']> = {
  aggregate?: Resolver<ResolversTypes['RolePersonAspiredByAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['RoleAspiredByRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RoleAspiredByRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleAspiredByRelationship'] = ResolversParentTypes['RoleAspiredByRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type RoleBroaderGroupsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleBroaderGroupsConnection'] = ResolversParentTypes['RoleBroaderGroupsConnection']> = {
  aggregate?: Resolver<ResolversTypes['RoleOccupationGroupBroaderGroupsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['RoleBroaderGroupsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RoleBroaderGroupsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleBroaderGroupsRelationship'] = ResolversParentTypes['RoleBroaderGroupsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OccupationGroup'], ParentType, ContextType>;
};

export type RoleBroaderRolesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleBroaderRolesConnection'] = ResolversParentTypes['RoleBroaderRolesConnection']> = {
  aggregate?: Resolver<ResolversTypes['RoleRoleBroaderRolesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['RoleBroaderRolesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RoleBroaderRolesRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleBroaderRolesRelationship'] = ResolversParentTypes['RoleBroaderRolesRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type RoleCandidateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleCandidate'] = ResolversParentTypes['RoleCandidate']> = {
  availability?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  essentialCoverage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fit?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  matched?: Resolver<Array<ResolversTypes['SkillGapRow']>, ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['SkillGapRow']>, ParentType, ContextType>;
  missingEssentials?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orgUnitName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['SkillGapReport'], ParentType, ContextType>;
};

export type RoleCandidateEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleCandidateEdge'] = ResolversParentTypes['RoleCandidateEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RoleCandidate'], ParentType, ContextType>;
};

export type RoleCandidatePageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleCandidatePage'] = ResolversParentTypes['RoleCandidatePage']> = {
  candidatesRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['RoleCandidateEdge']>, ParentType, ContextType>;
  includeNarrower?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['CandidatePageInfo'], ParentType, ContextType>;
  roleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  roleTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RoleEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleEdge'] = ResolversParentTypes['RoleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type RoleEquivalentOfConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleEquivalentOfConnection'] = ResolversParentTypes['RoleEquivalentOfConnection']> = {
  aggregate?: Resolver<ResolversTypes['RoleRoleEquivalentOfAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['RoleEquivalentOfRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RoleEquivalentOfRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleEquivalentOfRelationship'] = ResolversParentTypes['RoleEquivalentOfRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Crosswalk'], ParentType, ContextType>;
};

export type RoleEquivalentRolesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleEquivalentRolesConnection'] = ResolversParentTypes['RoleEquivalentRolesConnection']> = {
  aggregate?: Resolver<ResolversTypes['RoleRoleEquivalentRolesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['RoleEquivalentRolesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RoleEquivalentRolesRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleEquivalentRolesRelationship'] = ResolversParentTypes['RoleEquivalentRolesRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Crosswalk'], ParentType, ContextType>;
};

export type RoleHoldersConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleHoldersConnection'] = ResolversParentTypes['RoleHoldersConnection']> = {
  aggregate?: Resolver<ResolversTypes['RolePersonHoldersAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['RoleHoldersRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RoleHoldersRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleHoldersRelationship'] = ResolversParentTypes['RoleHoldersRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['RoleTenure'], ParentType, ContextType>;
};

export type RoleNarrowerRolesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleNarrowerRolesConnection'] = ResolversParentTypes['RoleNarrowerRolesConnection']> = {
  aggregate?: Resolver<ResolversTypes['RoleRoleNarrowerRolesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['RoleNarrowerRolesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RoleNarrowerRolesRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleNarrowerRolesRelationship'] = ResolversParentTypes['RoleNarrowerRolesRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type RoleOccupationGroupBroaderGroupsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleOccupationGroupBroaderGroupsAggregateSelection'] = ResolversParentTypes['RoleOccupationGroupBroaderGroupsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['RoleOccupationGroupBroaderGroupsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type RoleOccupationGroupBroaderGroupsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleOccupationGroupBroaderGroupsNodeAggregateSelection'] = ResolversParentTypes['RoleOccupationGroupBroaderGroupsNodeAggregateSelection']> = {
  code?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type RoleOrgUnitStaffedInAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleOrgUnitStaffedInAggregateSelection'] = ResolversParentTypes['RoleOrgUnitStaffedInAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['RoleOrgUnitStaffedInEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['RoleOrgUnitStaffedInNodeAggregateSelection']>, ParentType, ContextType>;
};

export type RoleOrgUnitStaffedInEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleOrgUnitStaffedInEdgeAggregateSelection'] = ResolversParentTypes['RoleOrgUnitStaffedInEdgeAggregateSelection']> = {
  headcount?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  openings?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
};

export type RoleOrgUnitStaffedInNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleOrgUnitStaffedInNodeAggregateSelection'] = ResolversParentTypes['RoleOrgUnitStaffedInNodeAggregateSelection']> = {
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type RolePastHoldersConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RolePastHoldersConnection'] = ResolversParentTypes['RolePastHoldersConnection']> = {
  aggregate?: Resolver<ResolversTypes['RolePersonPastHoldersAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['RolePastHoldersRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RolePastHoldersRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RolePastHoldersRelationship'] = ResolversParentTypes['RolePastHoldersRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['PastTenure'], ParentType, ContextType>;
};

export type RolePersonAspiredByAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RolePersonAspiredByAggregateSelection'] = ResolversParentTypes['RolePersonAspiredByAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['RolePersonAspiredByNodeAggregateSelection']>, ParentType, ContextType>;
};

export type RolePersonAspiredByNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RolePersonAspiredByNodeAggregateSelection'] = ResolversParentTypes['RolePersonAspiredByNodeAggregateSelection']> = {
  availability?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type RolePersonHoldersAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RolePersonHoldersAggregateSelection'] = ResolversParentTypes['RolePersonHoldersAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['RolePersonHoldersNodeAggregateSelection']>, ParentType, ContextType>;
};

export type RolePersonHoldersNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RolePersonHoldersNodeAggregateSelection'] = ResolversParentTypes['RolePersonHoldersNodeAggregateSelection']> = {
  availability?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type RolePersonPastHoldersAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RolePersonPastHoldersAggregateSelection'] = ResolversParentTypes['RolePersonPastHoldersAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['RolePersonPastHoldersNodeAggregateSelection']>, ParentType, ContextType>;
};

export type RolePersonPastHoldersNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RolePersonPastHoldersNodeAggregateSelection'] = ResolversParentTypes['RolePersonPastHoldersNodeAggregateSelection']> = {
  availability?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type RoleRequiresConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleRequiresConnection'] = ResolversParentTypes['RoleRequiresConnection']> = {
  aggregate?: Resolver<ResolversTypes['RoleSkillRequiresAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['RoleRequiresRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RoleRequiresRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleRequiresRelationship'] = ResolversParentTypes['RoleRequiresRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Skill'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Requirement'], ParentType, ContextType>;
};

export type RoleRoleBroaderRolesAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleRoleBroaderRolesAggregateSelection'] = ResolversParentTypes['RoleRoleBroaderRolesAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['RoleRoleBroaderRolesNodeAggregateSelection']>, ParentType, ContextType>;
};

export type RoleRoleBroaderRolesNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleRoleBroaderRolesNodeAggregateSelection'] = ResolversParentTypes['RoleRoleBroaderRolesNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  escoCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  iscoGroup?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  jobZone?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  onetSocCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type RoleRoleEquivalentOfAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleRoleEquivalentOfAggregateSelection'] = ResolversParentTypes['RoleRoleEquivalentOfAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['RoleRoleEquivalentOfEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['RoleRoleEquivalentOfNodeAggregateSelection']>, ParentType, ContextType>;
};

export type RoleRoleEquivalentOfEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleRoleEquivalentOfEdgeAggregateSelection'] = ResolversParentTypes['RoleRoleEquivalentOfEdgeAggregateSelection']> = {
  confidence?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  similarity?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type RoleRoleEquivalentOfNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleRoleEquivalentOfNodeAggregateSelection'] = ResolversParentTypes['RoleRoleEquivalentOfNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  escoCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  iscoGroup?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  jobZone?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  onetSocCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type RoleRoleEquivalentRolesAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleRoleEquivalentRolesAggregateSelection'] = ResolversParentTypes['RoleRoleEquivalentRolesAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['RoleRoleEquivalentRolesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['RoleRoleEquivalentRolesNodeAggregateSelection']>, ParentType, ContextType>;
};

export type RoleRoleEquivalentRolesEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleRoleEquivalentRolesEdgeAggregateSelection'] = ResolversParentTypes['RoleRoleEquivalentRolesEdgeAggregateSelection']> = {
  confidence?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  similarity?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type RoleRoleEquivalentRolesNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleRoleEquivalentRolesNodeAggregateSelection'] = ResolversParentTypes['RoleRoleEquivalentRolesNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  escoCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  iscoGroup?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  jobZone?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  onetSocCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type RoleRoleNarrowerRolesAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleRoleNarrowerRolesAggregateSelection'] = ResolversParentTypes['RoleRoleNarrowerRolesAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['RoleRoleNarrowerRolesNodeAggregateSelection']>, ParentType, ContextType>;
};

export type RoleRoleNarrowerRolesNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleRoleNarrowerRolesNodeAggregateSelection'] = ResolversParentTypes['RoleRoleNarrowerRolesNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  escoCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  iscoGroup?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  jobZone?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  onetSocCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type RoleSkillRequiresAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleSkillRequiresAggregateSelection'] = ResolversParentTypes['RoleSkillRequiresAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['RoleSkillRequiresEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['RoleSkillRequiresNodeAggregateSelection']>, ParentType, ContextType>;
};

export type RoleSkillRequiresEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleSkillRequiresEdgeAggregateSelection'] = ResolversParentTypes['RoleSkillRequiresEdgeAggregateSelection']> = {
  level?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  onetImportance?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  onetLevel?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
};

export type RoleSkillRequiresNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleSkillRequiresNodeAggregateSelection'] = ResolversParentTypes['RoleSkillRequiresNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type RoleStaffedInConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleStaffedInConnection'] = ResolversParentTypes['RoleStaffedInConnection']> = {
  aggregate?: Resolver<ResolversTypes['RoleOrgUnitStaffedInAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['RoleStaffedInRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RoleStaffedInRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleStaffedInRelationship'] = ResolversParentTypes['RoleStaffedInRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
};

export type RoleTenureResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleTenure'] = ResolversParentTypes['RoleTenure']> = {
  since?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type RoleTransitionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleTransition'] = ResolversParentTypes['RoleTransition']> = {
  cost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  discount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fromName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['TransitionGap']>, ParentType, ContextType>;
  missingEssentials?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  observedMoveSupported?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  observedMoves?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rankedBecause?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  roleTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  signals?: Resolver<Array<ResolversTypes['RankingSignal']>, ParentType, ContextType>;
  skillCost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type RolesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RolesConnection'] = ResolversParentTypes['RolesConnection']> = {
  aggregate?: Resolver<ResolversTypes['RoleAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['RoleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface SearchTextScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['SearchText'], any> {
  name: 'SearchText';
}

export type SharingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Sharing'] = ResolversParentTypes['Sharing']> = {
  contactToPlanners?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  holdingsListedToIssuers?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  inRankings?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  learningPartners?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type SkillResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Skill'] = ResolversParentTypes['Skill']> = {
  altLabels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  broaderGroups?: Resolver<Array<ResolversTypes['SkillGroup']>, ParentType, ContextType, Partial<SkillBroaderGroupsArgs>>;
  broaderGroupsConnection?: Resolver<ResolversTypes['SkillBroaderGroupsConnection'], ParentType, ContextType, Partial<SkillBroaderGroupsConnectionArgs>>;
  broaderSkills?: Resolver<Array<ResolversTypes['Skill']>, ParentType, ContextType, Partial<SkillBroaderSkillsArgs>>;
  broaderSkillsConnection?: Resolver<ResolversTypes['SkillBroaderSkillsConnection'], ParentType, ContextType, Partial<SkillBroaderSkillsConnectionArgs>>;
  certifiedBy?: Resolver<Array<ResolversTypes['Credential']>, ParentType, ContextType, Partial<SkillCertifiedByArgs>>;
  certifiedByConnection?: Resolver<ResolversTypes['SkillCertifiedByConnection'], ParentType, ContextType, Partial<SkillCertifiedByConnectionArgs>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  heldBy?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, Partial<SkillHeldByArgs>>;
  heldByConnection?: Resolver<ResolversTypes['SkillHeldByConnection'], ParentType, ContextType, Partial<SkillHeldByConnectionArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  narrowerSkills?: Resolver<Array<ResolversTypes['Skill']>, ParentType, ContextType, Partial<SkillNarrowerSkillsArgs>>;
  narrowerSkillsConnection?: Resolver<ResolversTypes['SkillNarrowerSkillsConnection'], ParentType, ContextType, Partial<SkillNarrowerSkillsConnectionArgs>>;
  relatedSkills?: Resolver<Array<ResolversTypes['Skill']>, ParentType, ContextType, Partial<SkillRelatedSkillsArgs>>;
  relatedSkillsConnection?: Resolver<ResolversTypes['SkillRelatedSkillsConnection'], ParentType, ContextType, Partial<SkillRelatedSkillsConnectionArgs>>;
  requiredBy?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType, Partial<SkillRequiredByArgs>>;
  requiredByConnection?: Resolver<ResolversTypes['SkillRequiredByConnection'], ParentType, ContextType, Partial<SkillRequiredByConnectionArgs>>;
  reuseLevel?: Resolver<Maybe<ResolversTypes['ReuseLevel']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  taughtBy?: Resolver<Array<ResolversTypes['Course']>, ParentType, ContextType, Partial<SkillTaughtByArgs>>;
  taughtByConnection?: Resolver<ResolversTypes['SkillTaughtByConnection'], ParentType, ContextType, Partial<SkillTaughtByConnectionArgs>>;
  taxonomy?: Resolver<ResolversTypes['Taxonomy'], ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['SkillType']>, ParentType, ContextType>;
  uri?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
};

export type SkillAggregateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillAggregate'] = ResolversParentTypes['SkillAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SkillAggregateNode'], ParentType, ContextType>;
};

export type SkillAggregateNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillAggregateNode'] = ResolversParentTypes['SkillAggregateNode']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type SkillBroaderGroupsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillBroaderGroupsConnection'] = ResolversParentTypes['SkillBroaderGroupsConnection']> = {
  aggregate?: Resolver<ResolversTypes['SkillSkillGroupBroaderGroupsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SkillBroaderGroupsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SkillBroaderGroupsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillBroaderGroupsRelationship'] = ResolversParentTypes['SkillBroaderGroupsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SkillGroup'], ParentType, ContextType>;
};

export type SkillBroaderSkillsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillBroaderSkillsConnection'] = ResolversParentTypes['SkillBroaderSkillsConnection']> = {
  aggregate?: Resolver<ResolversTypes['SkillSkillBroaderSkillsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SkillBroaderSkillsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SkillBroaderSkillsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillBroaderSkillsRelationship'] = ResolversParentTypes['SkillBroaderSkillsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Skill'], ParentType, ContextType>;
};

export type SkillCertifiedByConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillCertifiedByConnection'] = ResolversParentTypes['SkillCertifiedByConnection']> = {
  aggregate?: Resolver<ResolversTypes['SkillCredentialCertifiedByAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SkillCertifiedByRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SkillCertifiedByRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillCertifiedByRelationship'] = ResolversParentTypes['SkillCertifiedByRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Credential'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['SkillLevel'], ParentType, ContextType>;
};

export type SkillCourseTaughtByAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillCourseTaughtByAggregateSelection'] = ResolversParentTypes['SkillCourseTaughtByAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['SkillCourseTaughtByEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['SkillCourseTaughtByNodeAggregateSelection']>, ParentType, ContextType>;
};

export type SkillCourseTaughtByEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillCourseTaughtByEdgeAggregateSelection'] = ResolversParentTypes['SkillCourseTaughtByEdgeAggregateSelection']> = {
  level?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
};

export type SkillCourseTaughtByNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillCourseTaughtByNodeAggregateSelection'] = ResolversParentTypes['SkillCourseTaughtByNodeAggregateSelection']> = {
  cost?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  durationMinutes?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type SkillCredentialCertifiedByAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillCredentialCertifiedByAggregateSelection'] = ResolversParentTypes['SkillCredentialCertifiedByAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['SkillCredentialCertifiedByEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['SkillCredentialCertifiedByNodeAggregateSelection']>, ParentType, ContextType>;
};

export type SkillCredentialCertifiedByEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillCredentialCertifiedByEdgeAggregateSelection'] = ResolversParentTypes['SkillCredentialCertifiedByEdgeAggregateSelection']> = {
  level?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
};

export type SkillCredentialCertifiedByNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillCredentialCertifiedByNodeAggregateSelection'] = ResolversParentTypes['SkillCredentialCertifiedByNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  ects?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  eqfLevel?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  gradingScheme?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  identityVerification?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  qualityAssurance?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  requiredParts?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  validityMonths?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  workloadHours?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
};

export type SkillEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillEdge'] = ResolversParentTypes['SkillEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Skill'], ParentType, ContextType>;
};

export type SkillEvidenceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillEvidence'] = ResolversParentTypes['SkillEvidence']> = {
  assessedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['EvidenceSource'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type SkillGapReportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillGapReport'] = ResolversParentTypes['SkillGapReport']> = {
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  essentialCoverage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  fit?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  includeNarrower?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  missingEssentials?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  personName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requirements?: Resolver<Array<ResolversTypes['SkillGapRow']>, ParentType, ContextType>;
  roleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  roleTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SkillGapRowResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillGapRow'] = ResolversParentTypes['SkillGapRow']> = {
  deficit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  effectiveLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['EvidenceUsed']>, ParentType, ContextType>;
  expiredEvidence?: Resolver<Array<ResolversTypes['EvidenceUsed']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  importance?: Resolver<ResolversTypes['Importance'], ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  metViaNarrower?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  requiredLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skillId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  skillName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SkillGroupResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillGroup'] = ResolversParentTypes['SkillGroup']> = {
  broaderGroups?: Resolver<Array<ResolversTypes['SkillGroup']>, ParentType, ContextType, Partial<SkillGroupBroaderGroupsArgs>>;
  broaderGroupsConnection?: Resolver<ResolversTypes['SkillGroupBroaderGroupsConnection'], ParentType, ContextType, Partial<SkillGroupBroaderGroupsConnectionArgs>>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  narrowerGroups?: Resolver<Array<ResolversTypes['SkillGroup']>, ParentType, ContextType, Partial<SkillGroupNarrowerGroupsArgs>>;
  narrowerGroupsConnection?: Resolver<ResolversTypes['SkillGroupNarrowerGroupsConnection'], ParentType, ContextType, Partial<SkillGroupNarrowerGroupsConnectionArgs>>;
  narrowerSkills?: Resolver<Array<ResolversTypes['Skill']>, ParentType, ContextType, Partial<SkillGroupNarrowerSkillsArgs>>;
  narrowerSkillsConnection?: Resolver<ResolversTypes['SkillGroupNarrowerSkillsConnection'], ParentType, ContextType, Partial<SkillGroupNarrowerSkillsConnectionArgs>>;
  taxonomy?: Resolver<ResolversTypes['Taxonomy'], ParentType, ContextType>;
  uri?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
};

export type SkillGroupAggregateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillGroupAggregate'] = ResolversParentTypes['SkillGroupAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SkillGroupAggregateNode'], ParentType, ContextType>;
};

export type SkillGroupAggregateNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillGroupAggregateNode'] = ResolversParentTypes['SkillGroupAggregateNode']> = {
  code?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type SkillGroupBroaderGroupsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillGroupBroaderGroupsConnection'] = ResolversParentTypes['SkillGroupBroaderGroupsConnection']> = {
  aggregate?: Resolver<ResolversTypes['SkillGroupSkillGroupBroaderGroupsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SkillGroupBroaderGroupsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SkillGroupBroaderGroupsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillGroupBroaderGroupsRelationship'] = ResolversParentTypes['SkillGroupBroaderGroupsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SkillGroup'], ParentType, ContextType>;
};

export type SkillGroupEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillGroupEdge'] = ResolversParentTypes['SkillGroupEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SkillGroup'], ParentType, ContextType>;
};

export type SkillGroupNarrowerGroupsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillGroupNarrowerGroupsConnection'] = ResolversParentTypes['SkillGroupNarrowerGroupsConnection']> = {
  aggregate?: Resolver<ResolversTypes['SkillGroupSkillGroupNarrowerGroupsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SkillGroupNarrowerGroupsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SkillGroupNarrowerGroupsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillGroupNarrowerGroupsRelationship'] = ResolversParentTypes['SkillGroupNarrowerGroupsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SkillGroup'], ParentType, ContextType>;
};

export type SkillGroupNarrowerSkillsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillGroupNarrowerSkillsConnection'] = ResolversParentTypes['SkillGroupNarrowerSkillsConnection']> = {
  aggregate?: Resolver<ResolversTypes['SkillGroupSkillNarrowerSkillsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SkillGroupNarrowerSkillsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SkillGroupNarrowerSkillsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillGroupNarrowerSkillsRelationship'] = ResolversParentTypes['SkillGroupNarrowerSkillsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Skill'], ParentType, ContextType>;
};

export type SkillGroupSkillGroupBroaderGroupsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillGroupSkillGroupBroaderGroupsAggregateSelection'] = ResolversParentTypes['SkillGroupSkillGroupBroaderGroupsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['SkillGroupSkillGroupBroaderGroupsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type SkillGroupSkillGroupBroaderGroupsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillGroupSkillGroupBroaderGroupsNodeAggregateSelection'] = ResolversParentTypes['SkillGroupSkillGroupBroaderGroupsNodeAggregateSelection']> = {
  code?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type SkillGroupSkillGroupNarrowerGroupsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillGroupSkillGroupNarrowerGroupsAggregateSelection'] = ResolversParentTypes['SkillGroupSkillGroupNarrowerGroupsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['SkillGroupSkillGroupNarrowerGroupsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type SkillGroupSkillGroupNarrowerGroupsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillGroupSkillGroupNarrowerGroupsNodeAggregateSelection'] = ResolversParentTypes['SkillGroupSkillGroupNarrowerGroupsNodeAggregateSelection']> = {
  code?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type SkillGroupSkillNarrowerSkillsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillGroupSkillNarrowerSkillsAggregateSelection'] = ResolversParentTypes['SkillGroupSkillNarrowerSkillsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['SkillGroupSkillNarrowerSkillsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type SkillGroupSkillNarrowerSkillsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillGroupSkillNarrowerSkillsNodeAggregateSelection'] = ResolversParentTypes['SkillGroupSkillNarrowerSkillsNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type SkillGroupsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillGroupsConnection'] = ResolversParentTypes['SkillGroupsConnection']> = {
  aggregate?: Resolver<ResolversTypes['SkillGroupAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SkillGroupEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SkillHeldByConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillHeldByConnection'] = ResolversParentTypes['SkillHeldByConnection']> = {
  aggregate?: Resolver<ResolversTypes['SkillPersonHeldByAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SkillHeldByRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SkillHeldByRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillHeldByRelationship'] = ResolversParentTypes['SkillHeldByRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['SkillEvidence'], ParentType, ContextType>;
};

export type SkillLevelResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillLevel'] = ResolversParentTypes['SkillLevel']> = {
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SkillNarrowerSkillsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillNarrowerSkillsConnection'] = ResolversParentTypes['SkillNarrowerSkillsConnection']> = {
  aggregate?: Resolver<ResolversTypes['SkillSkillNarrowerSkillsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SkillNarrowerSkillsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SkillNarrowerSkillsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillNarrowerSkillsRelationship'] = ResolversParentTypes['SkillNarrowerSkillsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Skill'], ParentType, ContextType>;
};

export type SkillPersonHeldByAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillPersonHeldByAggregateSelection'] = ResolversParentTypes['SkillPersonHeldByAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['SkillPersonHeldByEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['SkillPersonHeldByNodeAggregateSelection']>, ParentType, ContextType>;
};

export type SkillPersonHeldByEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillPersonHeldByEdgeAggregateSelection'] = ResolversParentTypes['SkillPersonHeldByEdgeAggregateSelection']> = {
  assessedAt?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
};

export type SkillPersonHeldByNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillPersonHeldByNodeAggregateSelection'] = ResolversParentTypes['SkillPersonHeldByNodeAggregateSelection']> = {
  availability?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type SkillRaiseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillRaise'] = ResolversParentTypes['SkillRaise']> = {
  fromLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skillId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  skillName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  toLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SkillRelatedSkillsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillRelatedSkillsConnection'] = ResolversParentTypes['SkillRelatedSkillsConnection']> = {
  aggregate?: Resolver<ResolversTypes['SkillSkillRelatedSkillsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SkillRelatedSkillsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SkillRelatedSkillsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillRelatedSkillsRelationship'] = ResolversParentTypes['SkillRelatedSkillsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Skill'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['SkillRelation'], ParentType, ContextType>;
};

export type SkillRelationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillRelation'] = ResolversParentTypes['SkillRelation']> = {
  importance?: Resolver<ResolversTypes['Importance'], ParentType, ContextType>;
};

export type SkillRequiredByConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillRequiredByConnection'] = ResolversParentTypes['SkillRequiredByConnection']> = {
  aggregate?: Resolver<ResolversTypes['SkillRoleRequiredByAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SkillRequiredByRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SkillRequiredByRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillRequiredByRelationship'] = ResolversParentTypes['SkillRequiredByRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Requirement'], ParentType, ContextType>;
};

export type SkillRoleRequiredByAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillRoleRequiredByAggregateSelection'] = ResolversParentTypes['SkillRoleRequiredByAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['SkillRoleRequiredByEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['SkillRoleRequiredByNodeAggregateSelection']>, ParentType, ContextType>;
};

export type SkillRoleRequiredByEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillRoleRequiredByEdgeAggregateSelection'] = ResolversParentTypes['SkillRoleRequiredByEdgeAggregateSelection']> = {
  level?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  onetImportance?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  onetLevel?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
};

export type SkillRoleRequiredByNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillRoleRequiredByNodeAggregateSelection'] = ResolversParentTypes['SkillRoleRequiredByNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  escoCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  iscoGroup?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  jobZone?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  onetSocCode?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type SkillSkillBroaderSkillsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillSkillBroaderSkillsAggregateSelection'] = ResolversParentTypes['SkillSkillBroaderSkillsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['SkillSkillBroaderSkillsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type SkillSkillBroaderSkillsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillSkillBroaderSkillsNodeAggregateSelection'] = ResolversParentTypes['SkillSkillBroaderSkillsNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type SkillSkillGroupBroaderGroupsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillSkillGroupBroaderGroupsAggregateSelection'] = ResolversParentTypes['SkillSkillGroupBroaderGroupsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['SkillSkillGroupBroaderGroupsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type SkillSkillGroupBroaderGroupsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillSkillGroupBroaderGroupsNodeAggregateSelection'] = ResolversParentTypes['SkillSkillGroupBroaderGroupsNodeAggregateSelection']> = {
  code?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type SkillSkillNarrowerSkillsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillSkillNarrowerSkillsAggregateSelection'] = ResolversParentTypes['SkillSkillNarrowerSkillsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['SkillSkillNarrowerSkillsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type SkillSkillNarrowerSkillsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillSkillNarrowerSkillsNodeAggregateSelection'] = ResolversParentTypes['SkillSkillNarrowerSkillsNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type SkillSkillRelatedSkillsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillSkillRelatedSkillsAggregateSelection'] = ResolversParentTypes['SkillSkillRelatedSkillsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['SkillSkillRelatedSkillsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type SkillSkillRelatedSkillsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillSkillRelatedSkillsNodeAggregateSelection'] = ResolversParentTypes['SkillSkillRelatedSkillsNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type SkillSuggestionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillSuggestion'] = ResolversParentTypes['SkillSuggestion']> = {
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importance?: Resolver<Maybe<ResolversTypes['Importance']>, ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  methods?: Resolver<Array<ResolversTypes['TagMethod']>, ParentType, ContextType>;
  modelId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  proposedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  skill?: Resolver<ResolversTypes['Skill'], ParentType, ContextType>;
  span?: Resolver<Maybe<ResolversTypes['TextSpan']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SuggestionStatus'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetKind?: Resolver<ResolversTypes['SuggestionTarget'], ParentType, ContextType>;
};

export type SkillSupplyDemandResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillSupplyDemand'] = ResolversParentTypes['SkillSupplyDemand']> = {
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  includeNarrower?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  orgUnitId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  shortages?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  singlePointsOfFailure?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['SkillSupplyDemandRow']>, ParentType, ContextType>;
  skillsInDemand?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SkillSupplyDemandRowResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillSupplyDemandRow'] = ResolversParentTypes['SkillSupplyDemandRow']> = {
  byLevel?: Resolver<Array<ResolversTypes['DemandAtLevel']>, ParentType, ContextType>;
  demand?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gap?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  headcount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ratio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  shortage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  singlePointOfFailure?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  skillId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  skillName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supply?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SkillTagResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillTag'] = ResolversParentTypes['SkillTag']> = {
  methods?: Resolver<Array<ResolversTypes['TagMethod']>, ParentType, ContextType>;
  methodsRun?: Resolver<Array<ResolversTypes['TagMethod']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  skill?: Resolver<ResolversTypes['Skill'], ParentType, ContextType>;
  span?: Resolver<Maybe<ResolversTypes['TextSpan']>, ParentType, ContextType>;
};

export type SkillTaughtByConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillTaughtByConnection'] = ResolversParentTypes['SkillTaughtByConnection']> = {
  aggregate?: Resolver<ResolversTypes['SkillCourseTaughtByAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SkillTaughtByRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SkillTaughtByRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillTaughtByRelationship'] = ResolversParentTypes['SkillTaughtByRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['SkillLevel'], ParentType, ContextType>;
};

export type SkillsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillsConnection'] = ResolversParentTypes['SkillsConnection']> = {
  aggregate?: Resolver<ResolversTypes['SkillAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SkillEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StackAtRiskResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StackAtRisk'] = ResolversParentTypes['StackAtRisk']> = {
  credentialId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  heldNow?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StackEntryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StackEntry'] = ResolversParentTypes['StackEntry']> = {
  credentialId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mandatory?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  partCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requiredParts?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StackPartResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StackPart'] = ResolversParentTypes['StackPart']> = {
  mandatory?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type StackRuleResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StackRule'] = ResolversParentTypes['StackRule']> = {
  completeParts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  credentialId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requiredParts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  satisfied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StringAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StringAggregateSelection'] = ResolversParentTypes['StringAggregateSelection']> = {
  longest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shortest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SuggestedCourseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SuggestedCourse'] = ResolversParentTypes['SuggestedCourse']> = {
  cost?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  courseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reachesLevel?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TeamResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, Partial<TeamMembersArgs>>;
  membersConnection?: Resolver<ResolversTypes['TeamMembersConnection'], ParentType, ContextType, Partial<TeamMembersConnectionArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  needs?: Resolver<Array<ResolversTypes['Skill']>, ParentType, ContextType, Partial<TeamNeedsArgs>>;
  needsConnection?: Resolver<ResolversTypes['TeamNeedsConnection'], ParentType, ContextType, Partial<TeamNeedsConnectionArgs>>;
  orgUnit?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  orgUnitConnection?: Resolver<ResolversTypes['TeamOrgUnitConnection'], ParentType, ContextType>;
};

export type TeamAggregateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TeamAggregate'] = ResolversParentTypes['TeamAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TeamAggregateNode'], ParentType, ContextType>;
};

export type TeamAggregateNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TeamAggregateNode'] = ResolversParentTypes['TeamAggregateNode']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type TeamEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TeamEdge'] = ResolversParentTypes['TeamEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Team'], ParentType, ContextType>;
};

export type TeamEvidenceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TeamEvidence'] = ResolversParentTypes['TeamEvidence']> = {
  assessedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  capped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  countsAs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  courseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  courseTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  credentialTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skillName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  verified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  viaNarrower?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type TeamMemberResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TeamMember'] = ResolversParentTypes['TeamMember']> = {
  allocation?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  availability?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  covers?: Resolver<Array<ResolversTypes['CoveredRequirement']>, ParentType, ContextType>;
  fit?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  mustInclude?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orgUnitId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  orgUnitName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type TeamMembersConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TeamMembersConnection'] = ResolversParentTypes['TeamMembersConnection']> = {
  aggregate?: Resolver<ResolversTypes['TeamPersonMembersAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['TeamMembersRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TeamMembersRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TeamMembersRelationship'] = ResolversParentTypes['TeamMembersRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['TeamMembership'], ParentType, ContextType>;
};

export type TeamMembershipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TeamMembership'] = ResolversParentTypes['TeamMembership']> = {
  allocation?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type TeamNeedResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TeamNeed'] = ResolversParentTypes['TeamNeed']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TeamNeedsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TeamNeedsConnection'] = ResolversParentTypes['TeamNeedsConnection']> = {
  aggregate?: Resolver<ResolversTypes['TeamSkillNeedsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['TeamNeedsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TeamNeedsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TeamNeedsRelationship'] = ResolversParentTypes['TeamNeedsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Skill'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['TeamNeed'], ParentType, ContextType>;
};

export type TeamOrgUnitConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TeamOrgUnitConnection'] = ResolversParentTypes['TeamOrgUnitConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TeamOrgUnitRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TeamOrgUnitRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TeamOrgUnitRelationship'] = ResolversParentTypes['TeamOrgUnitRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
};

export type TeamPersonMembersAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TeamPersonMembersAggregateSelection'] = ResolversParentTypes['TeamPersonMembersAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['TeamPersonMembersEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['TeamPersonMembersNodeAggregateSelection']>, ParentType, ContextType>;
};

export type TeamPersonMembersEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TeamPersonMembersEdgeAggregateSelection'] = ResolversParentTypes['TeamPersonMembersEdgeAggregateSelection']> = {
  allocation?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
};

export type TeamPersonMembersNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TeamPersonMembersNodeAggregateSelection'] = ResolversParentTypes['TeamPersonMembersNodeAggregateSelection']> = {
  availability?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type TeamSkillNeedsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TeamSkillNeedsAggregateSelection'] = ResolversParentTypes['TeamSkillNeedsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['TeamSkillNeedsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['TeamSkillNeedsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type TeamSkillNeedsEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TeamSkillNeedsEdgeAggregateSelection'] = ResolversParentTypes['TeamSkillNeedsEdgeAggregateSelection']> = {
  count?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
};

export type TeamSkillNeedsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TeamSkillNeedsNodeAggregateSelection'] = ResolversParentTypes['TeamSkillNeedsNodeAggregateSelection']> = {
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type TeamsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TeamsConnection'] = ResolversParentTypes['TeamsConnection']> = {
  aggregate?: Resolver<ResolversTypes['TeamAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['TeamEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TextSpanResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TextSpan'] = ResolversParentTypes['TextSpan']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TransitionGapResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TransitionGap'] = ResolversParentTypes['TransitionGap']> = {
  contribution?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  deficit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fromLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  importance?: Resolver<ResolversTypes['Importance'], ParentType, ContextType>;
  requiredLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skillId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  skillName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  specificity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  suggestedCourses?: Resolver<Array<ResolversTypes['SuggestedCourse']>, ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type TransitionStartResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TransitionStart'] = ResolversParentTypes['TransitionStart']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TransitionStartKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roleId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type TransitionWeightingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TransitionWeighting'] = ResolversParentTypes['TransitionWeighting']> = {
  essentialWeight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  maxMoveDiscount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  moveSaturation?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  optionalWeight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  roleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  specificity?: Resolver<ResolversTypes['SpecificityKind'], ParentType, ContextType>;
};

export interface UrlScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['URL'], any> {
  name: 'URL';
}

export type UncoveredRequirementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UncoveredRequirement'] = ResolversParentTypes['UncoveredRequirement']> = {
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  bestLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skillId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  skillName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UnmappedAlignmentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UnmappedAlignment'] = ResolversParentTypes['UnmappedAlignment']> = {
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UpdateCoursesMutationResponseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpdateCoursesMutationResponse'] = ResolversParentTypes['UpdateCoursesMutationResponse']> = {
  courses?: Resolver<Array<ResolversTypes['Course']>, ParentType, ContextType>;
  info?: Resolver<ResolversTypes['UpdateInfo'], ParentType, ContextType>;
};

export type UpdateCredentialsMutationResponseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpdateCredentialsMutationResponse'] = ResolversParentTypes['UpdateCredentialsMutationResponse']> = {
  credentials?: Resolver<Array<ResolversTypes['Credential']>, ParentType, ContextType>;
  info?: Resolver<ResolversTypes['UpdateInfo'], ParentType, ContextType>;
};

export type UpdateInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpdateInfo'] = ResolversParentTypes['UpdateInfo']> = {
  nodesCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodesDeleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsDeleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UpdateOccupationGroupsMutationResponseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpdateOccupationGroupsMutationResponse'] = ResolversParentTypes['UpdateOccupationGroupsMutationResponse']> = {
  info?: Resolver<ResolversTypes['UpdateInfo'], ParentType, ContextType>;
  occupationGroups?: Resolver<Array<ResolversTypes['OccupationGroup']>, ParentType, ContextType>;
};

export type UpdateOrgUnitsMutationResponseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpdateOrgUnitsMutationResponse'] = ResolversParentTypes['UpdateOrgUnitsMutationResponse']> = {
  info?: Resolver<ResolversTypes['UpdateInfo'], ParentType, ContextType>;
  orgUnits?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
};

export type UpdateOrganizationsMutationResponseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpdateOrganizationsMutationResponse'] = ResolversParentTypes['UpdateOrganizationsMutationResponse']> = {
  info?: Resolver<ResolversTypes['UpdateInfo'], ParentType, ContextType>;
  organizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
};

export type UpdatePeopleMutationResponseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpdatePeopleMutationResponse'] = ResolversParentTypes['UpdatePeopleMutationResponse']> = {
  info?: Resolver<ResolversTypes['UpdateInfo'], ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
};

export type UpdateRolesMutationResponseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpdateRolesMutationResponse'] = ResolversParentTypes['UpdateRolesMutationResponse']> = {
  info?: Resolver<ResolversTypes['UpdateInfo'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
};

export type UpdateSkillGroupsMutationResponseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpdateSkillGroupsMutationResponse'] = ResolversParentTypes['UpdateSkillGroupsMutationResponse']> = {
  info?: Resolver<ResolversTypes['UpdateInfo'], ParentType, ContextType>;
  skillGroups?: Resolver<Array<ResolversTypes['SkillGroup']>, ParentType, ContextType>;
};

export type UpdateSkillsMutationResponseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpdateSkillsMutationResponse'] = ResolversParentTypes['UpdateSkillsMutationResponse']> = {
  info?: Resolver<ResolversTypes['UpdateInfo'], ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['Skill']>, ParentType, ContextType>;
};

export type UpdateTeamsMutationResponseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpdateTeamsMutationResponse'] = ResolversParentTypes['UpdateTeamsMutationResponse']> = {
  info?: Resolver<ResolversTypes['UpdateInfo'], ParentType, ContextType>;
  teams?: Resolver<Array<ResolversTypes['Team']>, ParentType, ContextType>;
};

export type WalletEntryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WalletEntry'] = ResolversParentTypes['WalletEntry']> = {
  credentialId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  holdingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imported?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  issuer?: Resolver<Maybe<ResolversTypes['NamedRef']>, ParentType, ContextType>;
  revocationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WalletStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  AccessRecord?: AccessRecordResolvers<ContextType>;
  AdjacentRoles?: AdjacentRolesResolvers<ContextType>;
  BenchStrength?: BenchStrengthResolvers<ContextType>;
  CandidatePageInfo?: CandidatePageInfoResolvers<ContextType>;
  CareerPath?: CareerPathResolvers<ContextType>;
  CareerPaths?: CareerPathsResolvers<ContextType>;
  ClaimReceipt?: ClaimReceiptResolvers<ContextType>;
  ClosestReachable?: ClosestReachableResolvers<ContextType>;
  Completion?: CompletionResolvers<ContextType>;
  CompletionReceipt?: CompletionReceiptResolvers<ContextType>;
  ComplianceElement?: ComplianceElementResolvers<ContextType>;
  ComposedTeam?: ComposedTeamResolvers<ContextType>;
  Count?: CountResolvers<ContextType>;
  CountConnection?: CountConnectionResolvers<ContextType>;
  CountryCode?: GraphQLScalarType;
  Course?: CourseResolvers<ContextType>;
  CourseAggregate?: CourseAggregateResolvers<ContextType>;
  CourseAggregateNode?: CourseAggregateNodeResolvers<ContextType>;
  CourseCompletedByConnection?: CourseCompletedByConnectionResolvers<ContextType>;
  CourseCompletedByRelationship?: CourseCompletedByRelationshipResolvers<ContextType>;
  CourseCredentialPreparesForAggregateSelection?: CourseCredentialPreparesForAggregateSelectionResolvers<ContextType>;
  CourseCredentialPreparesForNodeAggregateSelection?: CourseCredentialPreparesForNodeAggregateSelectionResolvers<ContextType>;
  CourseEdge?: CourseEdgeResolvers<ContextType>;
  CoursePersonCompletedByAggregateSelection?: CoursePersonCompletedByAggregateSelectionResolvers<ContextType>;
  CoursePersonCompletedByEdgeAggregateSelection?: CoursePersonCompletedByEdgeAggregateSelectionResolvers<ContextType>;
  CoursePersonCompletedByNodeAggregateSelection?: CoursePersonCompletedByNodeAggregateSelectionResolvers<ContextType>;
  CoursePreparesForConnection?: CoursePreparesForConnectionResolvers<ContextType>;
  CoursePreparesForRelationship?: CoursePreparesForRelationshipResolvers<ContextType>;
  CoursePrerequisitesConnection?: CoursePrerequisitesConnectionResolvers<ContextType>;
  CoursePrerequisitesRelationship?: CoursePrerequisitesRelationshipResolvers<ContextType>;
  CourseProviderConnection?: CourseProviderConnectionResolvers<ContextType>;
  CourseProviderRelationship?: CourseProviderRelationshipResolvers<ContextType>;
  CourseSkillPrerequisitesAggregateSelection?: CourseSkillPrerequisitesAggregateSelectionResolvers<ContextType>;
  CourseSkillPrerequisitesEdgeAggregateSelection?: CourseSkillPrerequisitesEdgeAggregateSelectionResolvers<ContextType>;
  CourseSkillPrerequisitesNodeAggregateSelection?: CourseSkillPrerequisitesNodeAggregateSelectionResolvers<ContextType>;
  CourseSkillTeachesAggregateSelection?: CourseSkillTeachesAggregateSelectionResolvers<ContextType>;
  CourseSkillTeachesEdgeAggregateSelection?: CourseSkillTeachesEdgeAggregateSelectionResolvers<ContextType>;
  CourseSkillTeachesNodeAggregateSelection?: CourseSkillTeachesNodeAggregateSelectionResolvers<ContextType>;
  CourseTeachesConnection?: CourseTeachesConnectionResolvers<ContextType>;
  CourseTeachesRelationship?: CourseTeachesRelationshipResolvers<ContextType>;
  CoursesConnection?: CoursesConnectionResolvers<ContextType>;
  CoveredRequirement?: CoveredRequirementResolvers<ContextType>;
  CreateCoursesMutationResponse?: CreateCoursesMutationResponseResolvers<ContextType>;
  CreateCredentialsMutationResponse?: CreateCredentialsMutationResponseResolvers<ContextType>;
  CreateInfo?: CreateInfoResolvers<ContextType>;
  CreateOccupationGroupsMutationResponse?: CreateOccupationGroupsMutationResponseResolvers<ContextType>;
  CreateOrgUnitsMutationResponse?: CreateOrgUnitsMutationResponseResolvers<ContextType>;
  CreateOrganizationsMutationResponse?: CreateOrganizationsMutationResponseResolvers<ContextType>;
  CreatePeopleMutationResponse?: CreatePeopleMutationResponseResolvers<ContextType>;
  CreateRolesMutationResponse?: CreateRolesMutationResponseResolvers<ContextType>;
  CreateSkillGroupsMutationResponse?: CreateSkillGroupsMutationResponseResolvers<ContextType>;
  CreateSkillsMutationResponse?: CreateSkillsMutationResponseResolvers<ContextType>;
  CreateTeamsMutationResponse?: CreateTeamsMutationResponseResolvers<ContextType>;
  Credential?: CredentialResolvers<ContextType>;
  CredentialAggregate?: CredentialAggregateResolvers<ContextType>;
  CredentialAggregateNode?: CredentialAggregateNodeResolvers<ContextType>;
  CredentialAwardingBodyConnection?: CredentialAwardingBodyConnectionResolvers<ContextType>;
  CredentialAwardingBodyRelationship?: CredentialAwardingBodyRelationshipResolvers<ContextType>;
  CredentialCertifiesConnection?: CredentialCertifiesConnectionResolvers<ContextType>;
  CredentialCertifiesRelationship?: CredentialCertifiesRelationshipResolvers<ContextType>;
  CredentialCheck?: CredentialCheckResolvers<ContextType>;
  CredentialCompliance?: CredentialComplianceResolvers<ContextType>;
  CredentialCoursePreparedByAggregateSelection?: CredentialCoursePreparedByAggregateSelectionResolvers<ContextType>;
  CredentialCoursePreparedByNodeAggregateSelection?: CredentialCoursePreparedByNodeAggregateSelectionResolvers<ContextType>;
  CredentialCredentialPartOfAggregateSelection?: CredentialCredentialPartOfAggregateSelectionResolvers<ContextType>;
  CredentialCredentialPartOfNodeAggregateSelection?: CredentialCredentialPartOfNodeAggregateSelectionResolvers<ContextType>;
  CredentialCredentialPartsAggregateSelection?: CredentialCredentialPartsAggregateSelectionResolvers<ContextType>;
  CredentialCredentialPartsNodeAggregateSelection?: CredentialCredentialPartsNodeAggregateSelectionResolvers<ContextType>;
  CredentialCredentialPrerequisitesAggregateSelection?: CredentialCredentialPrerequisitesAggregateSelectionResolvers<ContextType>;
  CredentialCredentialPrerequisitesNodeAggregateSelection?: CredentialCredentialPrerequisitesNodeAggregateSelectionResolvers<ContextType>;
  CredentialEdge?: CredentialEdgeResolvers<ContextType>;
  CredentialHolder?: CredentialHolderResolvers<ContextType>;
  CredentialHolders?: CredentialHoldersResolvers<ContextType>;
  CredentialHoldersConnection?: CredentialHoldersConnectionResolvers<ContextType>;
  CredentialHoldersRelationship?: CredentialHoldersRelationshipResolvers<ContextType>;
  CredentialHolding?: CredentialHoldingResolvers<ContextType>;
  CredentialOffer?: CredentialOfferResolvers<ContextType>;
  CredentialPartOfConnection?: CredentialPartOfConnectionResolvers<ContextType>;
  CredentialPartOfRelationship?: CredentialPartOfRelationshipResolvers<ContextType>;
  CredentialPartsConnection?: CredentialPartsConnectionResolvers<ContextType>;
  CredentialPartsRelationship?: CredentialPartsRelationshipResolvers<ContextType>;
  CredentialPersonHoldersAggregateSelection?: CredentialPersonHoldersAggregateSelectionResolvers<ContextType>;
  CredentialPersonHoldersEdgeAggregateSelection?: CredentialPersonHoldersEdgeAggregateSelectionResolvers<ContextType>;
  CredentialPersonHoldersNodeAggregateSelection?: CredentialPersonHoldersNodeAggregateSelectionResolvers<ContextType>;
  CredentialPreparedByConnection?: CredentialPreparedByConnectionResolvers<ContextType>;
  CredentialPreparedByRelationship?: CredentialPreparedByRelationshipResolvers<ContextType>;
  CredentialPrerequisitesConnection?: CredentialPrerequisitesConnectionResolvers<ContextType>;
  CredentialPrerequisitesRelationship?: CredentialPrerequisitesRelationshipResolvers<ContextType>;
  CredentialProgress?: CredentialProgressResolvers<ContextType>;
  CredentialRef?: CredentialRefResolvers<ContextType>;
  CredentialSkillCertifiesAggregateSelection?: CredentialSkillCertifiesAggregateSelectionResolvers<ContextType>;
  CredentialSkillCertifiesEdgeAggregateSelection?: CredentialSkillCertifiesEdgeAggregateSelectionResolvers<ContextType>;
  CredentialSkillCertifiesNodeAggregateSelection?: CredentialSkillCertifiesNodeAggregateSelectionResolvers<ContextType>;
  CredentialStack?: CredentialStackResolvers<ContextType>;
  CredentialVerification?: CredentialVerificationResolvers<ContextType>;
  CredentialsConnection?: CredentialsConnectionResolvers<ContextType>;
  Crosswalk?: CrosswalkResolvers<ContextType>;
  Currency?: GraphQLScalarType;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DateTimeAggregateSelection?: DateTimeAggregateSelectionResolvers<ContextType>;
  DeleteInfo?: DeleteInfoResolvers<ContextType>;
  DemandAtLevel?: DemandAtLevelResolvers<ContextType>;
  EligibleCredential?: EligibleCredentialResolvers<ContextType>;
  EmailAddress?: GraphQLScalarType;
  ErasureReceipt?: ErasureReceiptResolvers<ContextType>;
  EvidenceReceipt?: EvidenceReceiptResolvers<ContextType>;
  EvidenceUsed?: EvidenceUsedResolvers<ContextType>;
  ExpiringHolding?: ExpiringHoldingResolvers<ContextType>;
  ExportedCredential?: ExportedCredentialResolvers<ContextType>;
  FloatAggregateSelection?: FloatAggregateSelectionResolvers<ContextType>;
  Fraction?: GraphQLScalarType;
  GrowthPosition?: GrowthPositionResolvers<ContextType>;
  GrowthPositions?: GrowthPositionsResolvers<ContextType>;
  HoldingReceipt?: HoldingReceiptResolvers<ContextType>;
  ImportReceipt?: ImportReceiptResolvers<ContextType>;
  ImportRecheck?: ImportRecheckResolvers<ContextType>;
  ImportedSkill?: ImportedSkillResolvers<ContextType>;
  IntAggregateSelection?: IntAggregateSelectionResolvers<ContextType>;
  IssueBatch?: IssueBatchResolvers<ContextType>;
  IssueItemResult?: IssueItemResultResolvers<ContextType>;
  IssueRejection?: IssueRejectionResolvers<ContextType>;
  IssuedCredential?: IssuedCredentialResolvers<ContextType>;
  JSONObject?: GraphQLScalarType;
  LearningPlan?: LearningPlanResolvers<ContextType>;
  LearningStep?: LearningStepResolvers<ContextType>;
  Locale?: GraphQLScalarType;
  Me?: MeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NamedRef?: NamedRefResolvers<ContextType>;
  NonNegativeFloat?: GraphQLScalarType;
  OccupationGroup?: OccupationGroupResolvers<ContextType>;
  OccupationGroupAggregate?: OccupationGroupAggregateResolvers<ContextType>;
  OccupationGroupAggregateNode?: OccupationGroupAggregateNodeResolvers<ContextType>;
  OccupationGroupBroaderGroupsConnection?: OccupationGroupBroaderGroupsConnectionResolvers<ContextType>;
  OccupationGroupBroaderGroupsRelationship?: OccupationGroupBroaderGroupsRelationshipResolvers<ContextType>;
  OccupationGroupEdge?: OccupationGroupEdgeResolvers<ContextType>;
  OccupationGroupNarrowerGroupsConnection?: OccupationGroupNarrowerGroupsConnectionResolvers<ContextType>;
  OccupationGroupNarrowerGroupsRelationship?: OccupationGroupNarrowerGroupsRelationshipResolvers<ContextType>;
  OccupationGroupNarrowerRolesConnection?: OccupationGroupNarrowerRolesConnectionResolvers<ContextType>;
  OccupationGroupNarrowerRolesRelationship?: OccupationGroupNarrowerRolesRelationshipResolvers<ContextType>;
  OccupationGroupOccupationGroupBroaderGroupsAggregateSelection?: OccupationGroupOccupationGroupBroaderGroupsAggregateSelectionResolvers<ContextType>;
  OccupationGroupOccupationGroupBroaderGroupsNodeAggregateSelection?: OccupationGroupOccupationGroupBroaderGroupsNodeAggregateSelectionResolvers<ContextType>;
  OccupationGroupOccupationGroupNarrowerGroupsAggregateSelection?: OccupationGroupOccupationGroupNarrowerGroupsAggregateSelectionResolvers<ContextType>;
  OccupationGroupOccupationGroupNarrowerGroupsNodeAggregateSelection?: OccupationGroupOccupationGroupNarrowerGroupsNodeAggregateSelectionResolvers<ContextType>;
  OccupationGroupRoleNarrowerRolesAggregateSelection?: OccupationGroupRoleNarrowerRolesAggregateSelectionResolvers<ContextType>;
  OccupationGroupRoleNarrowerRolesNodeAggregateSelection?: OccupationGroupRoleNarrowerRolesNodeAggregateSelectionResolvers<ContextType>;
  OccupationGroupsConnection?: OccupationGroupsConnectionResolvers<ContextType>;
  OpenSkill?: OpenSkillResolvers<ContextType>;
  OrgUnit?: OrgUnitResolvers<ContextType>;
  OrgUnitAggregate?: OrgUnitAggregateResolvers<ContextType>;
  OrgUnitAggregateNode?: OrgUnitAggregateNodeResolvers<ContextType>;
  OrgUnitChildrenConnection?: OrgUnitChildrenConnectionResolvers<ContextType>;
  OrgUnitChildrenRelationship?: OrgUnitChildrenRelationshipResolvers<ContextType>;
  OrgUnitEdge?: OrgUnitEdgeResolvers<ContextType>;
  OrgUnitMembersConnection?: OrgUnitMembersConnectionResolvers<ContextType>;
  OrgUnitMembersRelationship?: OrgUnitMembersRelationshipResolvers<ContextType>;
  OrgUnitOrgUnitChildrenAggregateSelection?: OrgUnitOrgUnitChildrenAggregateSelectionResolvers<ContextType>;
  OrgUnitOrgUnitChildrenNodeAggregateSelection?: OrgUnitOrgUnitChildrenNodeAggregateSelectionResolvers<ContextType>;
  OrgUnitOrganizationConnection?: OrgUnitOrganizationConnectionResolvers<ContextType>;
  OrgUnitOrganizationRelationship?: OrgUnitOrganizationRelationshipResolvers<ContextType>;
  OrgUnitParentConnection?: OrgUnitParentConnectionResolvers<ContextType>;
  OrgUnitParentRelationship?: OrgUnitParentRelationshipResolvers<ContextType>;
  OrgUnitPersonMembersAggregateSelection?: OrgUnitPersonMembersAggregateSelectionResolvers<ContextType>;
  OrgUnitPersonMembersNodeAggregateSelection?: OrgUnitPersonMembersNodeAggregateSelectionResolvers<ContextType>;
  OrgUnitPositionsConnection?: OrgUnitPositionsConnectionResolvers<ContextType>;
  OrgUnitPositionsRelationship?: OrgUnitPositionsRelationshipResolvers<ContextType>;
  OrgUnitRolePositionsAggregateSelection?: OrgUnitRolePositionsAggregateSelectionResolvers<ContextType>;
  OrgUnitRolePositionsEdgeAggregateSelection?: OrgUnitRolePositionsEdgeAggregateSelectionResolvers<ContextType>;
  OrgUnitRolePositionsNodeAggregateSelection?: OrgUnitRolePositionsNodeAggregateSelectionResolvers<ContextType>;
  OrgUnitTeamTeamsAggregateSelection?: OrgUnitTeamTeamsAggregateSelectionResolvers<ContextType>;
  OrgUnitTeamTeamsNodeAggregateSelection?: OrgUnitTeamTeamsNodeAggregateSelectionResolvers<ContextType>;
  OrgUnitTeamsConnection?: OrgUnitTeamsConnectionResolvers<ContextType>;
  OrgUnitTeamsRelationship?: OrgUnitTeamsRelationshipResolvers<ContextType>;
  OrgUnitsConnection?: OrgUnitsConnectionResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationAggregate?: OrganizationAggregateResolvers<ContextType>;
  OrganizationAggregateNode?: OrganizationAggregateNodeResolvers<ContextType>;
  OrganizationCourseCoursesAggregateSelection?: OrganizationCourseCoursesAggregateSelectionResolvers<ContextType>;
  OrganizationCourseCoursesNodeAggregateSelection?: OrganizationCourseCoursesNodeAggregateSelectionResolvers<ContextType>;
  OrganizationCoursesConnection?: OrganizationCoursesConnectionResolvers<ContextType>;
  OrganizationCoursesRelationship?: OrganizationCoursesRelationshipResolvers<ContextType>;
  OrganizationCredentialCredentialsAggregateSelection?: OrganizationCredentialCredentialsAggregateSelectionResolvers<ContextType>;
  OrganizationCredentialCredentialsNodeAggregateSelection?: OrganizationCredentialCredentialsNodeAggregateSelectionResolvers<ContextType>;
  OrganizationCredentialsConnection?: OrganizationCredentialsConnectionResolvers<ContextType>;
  OrganizationCredentialsRelationship?: OrganizationCredentialsRelationshipResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  OrganizationOrgUnitOrgUnitsAggregateSelection?: OrganizationOrgUnitOrgUnitsAggregateSelectionResolvers<ContextType>;
  OrganizationOrgUnitOrgUnitsNodeAggregateSelection?: OrganizationOrgUnitOrgUnitsNodeAggregateSelectionResolvers<ContextType>;
  OrganizationOrgUnitsConnection?: OrganizationOrgUnitsConnectionResolvers<ContextType>;
  OrganizationOrgUnitsRelationship?: OrganizationOrgUnitsRelationshipResolvers<ContextType>;
  OrganizationsConnection?: OrganizationsConnectionResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartProgress?: PartProgressResolvers<ContextType>;
  PastTenure?: PastTenureResolvers<ContextType>;
  PeopleConnection?: PeopleConnectionResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonAggregate?: PersonAggregateResolvers<ContextType>;
  PersonAggregateNode?: PersonAggregateNodeResolvers<ContextType>;
  PersonAspiredRolesConnection?: PersonAspiredRolesConnectionResolvers<ContextType>;
  PersonAspiredRolesRelationship?: PersonAspiredRolesRelationshipResolvers<ContextType>;
  PersonCompletedCoursesConnection?: PersonCompletedCoursesConnectionResolvers<ContextType>;
  PersonCompletedCoursesRelationship?: PersonCompletedCoursesRelationshipResolvers<ContextType>;
  PersonCourseCompletedCoursesAggregateSelection?: PersonCourseCompletedCoursesAggregateSelectionResolvers<ContextType>;
  PersonCourseCompletedCoursesEdgeAggregateSelection?: PersonCourseCompletedCoursesEdgeAggregateSelectionResolvers<ContextType>;
  PersonCourseCompletedCoursesNodeAggregateSelection?: PersonCourseCompletedCoursesNodeAggregateSelectionResolvers<ContextType>;
  PersonCredentialCredentialsAggregateSelection?: PersonCredentialCredentialsAggregateSelectionResolvers<ContextType>;
  PersonCredentialCredentialsEdgeAggregateSelection?: PersonCredentialCredentialsEdgeAggregateSelectionResolvers<ContextType>;
  PersonCredentialCredentialsNodeAggregateSelection?: PersonCredentialCredentialsNodeAggregateSelectionResolvers<ContextType>;
  PersonCredentialsConnection?: PersonCredentialsConnectionResolvers<ContextType>;
  PersonCredentialsRelationship?: PersonCredentialsRelationshipResolvers<ContextType>;
  PersonCurrentRoleConnection?: PersonCurrentRoleConnectionResolvers<ContextType>;
  PersonCurrentRoleRelationship?: PersonCurrentRoleRelationshipResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  PersonOrgUnitConnection?: PersonOrgUnitConnectionResolvers<ContextType>;
  PersonOrgUnitRelationship?: PersonOrgUnitRelationshipResolvers<ContextType>;
  PersonPastRolesConnection?: PersonPastRolesConnectionResolvers<ContextType>;
  PersonPastRolesRelationship?: PersonPastRolesRelationshipResolvers<ContextType>;
  PersonRoleAspiredRolesAggregateSelection?: PersonRoleAspiredRolesAggregateSelectionResolvers<ContextType>;
  PersonRoleAspiredRolesNodeAggregateSelection?: PersonRoleAspiredRolesNodeAggregateSelectionResolvers<ContextType>;
  PersonRolePastRolesAggregateSelection?: PersonRolePastRolesAggregateSelectionResolvers<ContextType>;
  PersonRolePastRolesNodeAggregateSelection?: PersonRolePastRolesNodeAggregateSelectionResolvers<ContextType>;
  PersonSkillSkillsAggregateSelection?: PersonSkillSkillsAggregateSelectionResolvers<ContextType>;
  PersonSkillSkillsEdgeAggregateSelection?: PersonSkillSkillsEdgeAggregateSelectionResolvers<ContextType>;
  PersonSkillSkillsNodeAggregateSelection?: PersonSkillSkillsNodeAggregateSelectionResolvers<ContextType>;
  PersonSkillsConnection?: PersonSkillsConnectionResolvers<ContextType>;
  PersonSkillsRelationship?: PersonSkillsRelationshipResolvers<ContextType>;
  PersonTeamTeamsAggregateSelection?: PersonTeamTeamsAggregateSelectionResolvers<ContextType>;
  PersonTeamTeamsEdgeAggregateSelection?: PersonTeamTeamsEdgeAggregateSelectionResolvers<ContextType>;
  PersonTeamTeamsNodeAggregateSelection?: PersonTeamTeamsNodeAggregateSelectionResolvers<ContextType>;
  PersonTeamsConnection?: PersonTeamsConnectionResolvers<ContextType>;
  PersonTeamsRelationship?: PersonTeamsRelationshipResolvers<ContextType>;
  PlanTargetSkill?: PlanTargetSkillResolvers<ContextType>;
  Position?: PositionResolvers<ContextType>;
  PositiveInt?: GraphQLScalarType;
  PrerequisiteMet?: PrerequisiteMetResolvers<ContextType>;
  Proficiency?: GraphQLScalarType;
  Query?: QueryResolvers<ContextType>;
  RankingSignal?: RankingSignalResolvers<ContextType>;
  RankingSignalWeight?: RankingSignalWeightResolvers<ContextType>;
  Requirement?: RequirementResolvers<ContextType>;
  RequirementCoverage?: RequirementCoverageResolvers<ContextType>;
  RevocationReceipt?: RevocationReceiptResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  RoleAggregate?: RoleAggregateResolvers<ContextType>;
  RoleAggregateNode?: RoleAggregateNodeResolvers<ContextType>;
  RoleAspiredByConnection?: RoleAspiredByConnectionResolvers<ContextType>;
  RoleAspiredByRelationship?: RoleAspiredByRelationshipResolvers<ContextType>;
  RoleBroaderGroupsConnection?: RoleBroaderGroupsConnectionResolvers<ContextType>;
  RoleBroaderGroupsRelationship?: RoleBroaderGroupsRelationshipResolvers<ContextType>;
  RoleBroaderRolesConnection?: RoleBroaderRolesConnectionResolvers<ContextType>;
  RoleBroaderRolesRelationship?: RoleBroaderRolesRelationshipResolvers<ContextType>;
  RoleCandidate?: RoleCandidateResolvers<ContextType>;
  RoleCandidateEdge?: RoleCandidateEdgeResolvers<ContextType>;
  RoleCandidatePage?: RoleCandidatePageResolvers<ContextType>;
  RoleEdge?: RoleEdgeResolvers<ContextType>;
  RoleEquivalentOfConnection?: RoleEquivalentOfConnectionResolvers<ContextType>;
  RoleEquivalentOfRelationship?: RoleEquivalentOfRelationshipResolvers<ContextType>;
  RoleEquivalentRolesConnection?: RoleEquivalentRolesConnectionResolvers<ContextType>;
  RoleEquivalentRolesRelationship?: RoleEquivalentRolesRelationshipResolvers<ContextType>;
  RoleHoldersConnection?: RoleHoldersConnectionResolvers<ContextType>;
  RoleHoldersRelationship?: RoleHoldersRelationshipResolvers<ContextType>;
  RoleNarrowerRolesConnection?: RoleNarrowerRolesConnectionResolvers<ContextType>;
  RoleNarrowerRolesRelationship?: RoleNarrowerRolesRelationshipResolvers<ContextType>;
  RoleOccupationGroupBroaderGroupsAggregateSelection?: RoleOccupationGroupBroaderGroupsAggregateSelectionResolvers<ContextType>;
  RoleOccupationGroupBroaderGroupsNodeAggregateSelection?: RoleOccupationGroupBroaderGroupsNodeAggregateSelectionResolvers<ContextType>;
  RoleOrgUnitStaffedInAggregateSelection?: RoleOrgUnitStaffedInAggregateSelectionResolvers<ContextType>;
  RoleOrgUnitStaffedInEdgeAggregateSelection?: RoleOrgUnitStaffedInEdgeAggregateSelectionResolvers<ContextType>;
  RoleOrgUnitStaffedInNodeAggregateSelection?: RoleOrgUnitStaffedInNodeAggregateSelectionResolvers<ContextType>;
  RolePastHoldersConnection?: RolePastHoldersConnectionResolvers<ContextType>;
  RolePastHoldersRelationship?: RolePastHoldersRelationshipResolvers<ContextType>;
  RolePersonAspiredByAggregateSelection?: RolePersonAspiredByAggregateSelectionResolvers<ContextType>;
  RolePersonAspiredByNodeAggregateSelection?: RolePersonAspiredByNodeAggregateSelectionResolvers<ContextType>;
  RolePersonHoldersAggregateSelection?: RolePersonHoldersAggregateSelectionResolvers<ContextType>;
  RolePersonHoldersNodeAggregateSelection?: RolePersonHoldersNodeAggregateSelectionResolvers<ContextType>;
  RolePersonPastHoldersAggregateSelection?: RolePersonPastHoldersAggregateSelectionResolvers<ContextType>;
  RolePersonPastHoldersNodeAggregateSelection?: RolePersonPastHoldersNodeAggregateSelectionResolvers<ContextType>;
  RoleRequiresConnection?: RoleRequiresConnectionResolvers<ContextType>;
  RoleRequiresRelationship?: RoleRequiresRelationshipResolvers<ContextType>;
  RoleRoleBroaderRolesAggregateSelection?: RoleRoleBroaderRolesAggregateSelectionResolvers<ContextType>;
  RoleRoleBroaderRolesNodeAggregateSelection?: RoleRoleBroaderRolesNodeAggregateSelectionResolvers<ContextType>;
  RoleRoleEquivalentOfAggregateSelection?: RoleRoleEquivalentOfAggregateSelectionResolvers<ContextType>;
  RoleRoleEquivalentOfEdgeAggregateSelection?: RoleRoleEquivalentOfEdgeAggregateSelectionResolvers<ContextType>;
  RoleRoleEquivalentOfNodeAggregateSelection?: RoleRoleEquivalentOfNodeAggregateSelectionResolvers<ContextType>;
  RoleRoleEquivalentRolesAggregateSelection?: RoleRoleEquivalentRolesAggregateSelectionResolvers<ContextType>;
  RoleRoleEquivalentRolesEdgeAggregateSelection?: RoleRoleEquivalentRolesEdgeAggregateSelectionResolvers<ContextType>;
  RoleRoleEquivalentRolesNodeAggregateSelection?: RoleRoleEquivalentRolesNodeAggregateSelectionResolvers<ContextType>;
  RoleRoleNarrowerRolesAggregateSelection?: RoleRoleNarrowerRolesAggregateSelectionResolvers<ContextType>;
  RoleRoleNarrowerRolesNodeAggregateSelection?: RoleRoleNarrowerRolesNodeAggregateSelectionResolvers<ContextType>;
  RoleSkillRequiresAggregateSelection?: RoleSkillRequiresAggregateSelectionResolvers<ContextType>;
  RoleSkillRequiresEdgeAggregateSelection?: RoleSkillRequiresEdgeAggregateSelectionResolvers<ContextType>;
  RoleSkillRequiresNodeAggregateSelection?: RoleSkillRequiresNodeAggregateSelectionResolvers<ContextType>;
  RoleStaffedInConnection?: RoleStaffedInConnectionResolvers<ContextType>;
  RoleStaffedInRelationship?: RoleStaffedInRelationshipResolvers<ContextType>;
  RoleTenure?: RoleTenureResolvers<ContextType>;
  RoleTransition?: RoleTransitionResolvers<ContextType>;
  RolesConnection?: RolesConnectionResolvers<ContextType>;
  SearchText?: GraphQLScalarType;
  Sharing?: SharingResolvers<ContextType>;
  Skill?: SkillResolvers<ContextType>;
  SkillAggregate?: SkillAggregateResolvers<ContextType>;
  SkillAggregateNode?: SkillAggregateNodeResolvers<ContextType>;
  SkillBroaderGroupsConnection?: SkillBroaderGroupsConnectionResolvers<ContextType>;
  SkillBroaderGroupsRelationship?: SkillBroaderGroupsRelationshipResolvers<ContextType>;
  SkillBroaderSkillsConnection?: SkillBroaderSkillsConnectionResolvers<ContextType>;
  SkillBroaderSkillsRelationship?: SkillBroaderSkillsRelationshipResolvers<ContextType>;
  SkillCertifiedByConnection?: SkillCertifiedByConnectionResolvers<ContextType>;
  SkillCertifiedByRelationship?: SkillCertifiedByRelationshipResolvers<ContextType>;
  SkillCourseTaughtByAggregateSelection?: SkillCourseTaughtByAggregateSelectionResolvers<ContextType>;
  SkillCourseTaughtByEdgeAggregateSelection?: SkillCourseTaughtByEdgeAggregateSelectionResolvers<ContextType>;
  SkillCourseTaughtByNodeAggregateSelection?: SkillCourseTaughtByNodeAggregateSelectionResolvers<ContextType>;
  SkillCredentialCertifiedByAggregateSelection?: SkillCredentialCertifiedByAggregateSelectionResolvers<ContextType>;
  SkillCredentialCertifiedByEdgeAggregateSelection?: SkillCredentialCertifiedByEdgeAggregateSelectionResolvers<ContextType>;
  SkillCredentialCertifiedByNodeAggregateSelection?: SkillCredentialCertifiedByNodeAggregateSelectionResolvers<ContextType>;
  SkillEdge?: SkillEdgeResolvers<ContextType>;
  SkillEvidence?: SkillEvidenceResolvers<ContextType>;
  SkillGapReport?: SkillGapReportResolvers<ContextType>;
  SkillGapRow?: SkillGapRowResolvers<ContextType>;
  SkillGroup?: SkillGroupResolvers<ContextType>;
  SkillGroupAggregate?: SkillGroupAggregateResolvers<ContextType>;
  SkillGroupAggregateNode?: SkillGroupAggregateNodeResolvers<ContextType>;
  SkillGroupBroaderGroupsConnection?: SkillGroupBroaderGroupsConnectionResolvers<ContextType>;
  SkillGroupBroaderGroupsRelationship?: SkillGroupBroaderGroupsRelationshipResolvers<ContextType>;
  SkillGroupEdge?: SkillGroupEdgeResolvers<ContextType>;
  SkillGroupNarrowerGroupsConnection?: SkillGroupNarrowerGroupsConnectionResolvers<ContextType>;
  SkillGroupNarrowerGroupsRelationship?: SkillGroupNarrowerGroupsRelationshipResolvers<ContextType>;
  SkillGroupNarrowerSkillsConnection?: SkillGroupNarrowerSkillsConnectionResolvers<ContextType>;
  SkillGroupNarrowerSkillsRelationship?: SkillGroupNarrowerSkillsRelationshipResolvers<ContextType>;
  SkillGroupSkillGroupBroaderGroupsAggregateSelection?: SkillGroupSkillGroupBroaderGroupsAggregateSelectionResolvers<ContextType>;
  SkillGroupSkillGroupBroaderGroupsNodeAggregateSelection?: SkillGroupSkillGroupBroaderGroupsNodeAggregateSelectionResolvers<ContextType>;
  SkillGroupSkillGroupNarrowerGroupsAggregateSelection?: SkillGroupSkillGroupNarrowerGroupsAggregateSelectionResolvers<ContextType>;
  SkillGroupSkillGroupNarrowerGroupsNodeAggregateSelection?: SkillGroupSkillGroupNarrowerGroupsNodeAggregateSelectionResolvers<ContextType>;
  SkillGroupSkillNarrowerSkillsAggregateSelection?: SkillGroupSkillNarrowerSkillsAggregateSelectionResolvers<ContextType>;
  SkillGroupSkillNarrowerSkillsNodeAggregateSelection?: SkillGroupSkillNarrowerSkillsNodeAggregateSelectionResolvers<ContextType>;
  SkillGroupsConnection?: SkillGroupsConnectionResolvers<ContextType>;
  SkillHeldByConnection?: SkillHeldByConnectionResolvers<ContextType>;
  SkillHeldByRelationship?: SkillHeldByRelationshipResolvers<ContextType>;
  SkillLevel?: SkillLevelResolvers<ContextType>;
  SkillNarrowerSkillsConnection?: SkillNarrowerSkillsConnectionResolvers<ContextType>;
  SkillNarrowerSkillsRelationship?: SkillNarrowerSkillsRelationshipResolvers<ContextType>;
  SkillPersonHeldByAggregateSelection?: SkillPersonHeldByAggregateSelectionResolvers<ContextType>;
  SkillPersonHeldByEdgeAggregateSelection?: SkillPersonHeldByEdgeAggregateSelectionResolvers<ContextType>;
  SkillPersonHeldByNodeAggregateSelection?: SkillPersonHeldByNodeAggregateSelectionResolvers<ContextType>;
  SkillRaise?: SkillRaiseResolvers<ContextType>;
  SkillRelatedSkillsConnection?: SkillRelatedSkillsConnectionResolvers<ContextType>;
  SkillRelatedSkillsRelationship?: SkillRelatedSkillsRelationshipResolvers<ContextType>;
  SkillRelation?: SkillRelationResolvers<ContextType>;
  SkillRequiredByConnection?: SkillRequiredByConnectionResolvers<ContextType>;
  SkillRequiredByRelationship?: SkillRequiredByRelationshipResolvers<ContextType>;
  SkillRoleRequiredByAggregateSelection?: SkillRoleRequiredByAggregateSelectionResolvers<ContextType>;
  SkillRoleRequiredByEdgeAggregateSelection?: SkillRoleRequiredByEdgeAggregateSelectionResolvers<ContextType>;
  SkillRoleRequiredByNodeAggregateSelection?: SkillRoleRequiredByNodeAggregateSelectionResolvers<ContextType>;
  SkillSkillBroaderSkillsAggregateSelection?: SkillSkillBroaderSkillsAggregateSelectionResolvers<ContextType>;
  SkillSkillBroaderSkillsNodeAggregateSelection?: SkillSkillBroaderSkillsNodeAggregateSelectionResolvers<ContextType>;
  SkillSkillGroupBroaderGroupsAggregateSelection?: SkillSkillGroupBroaderGroupsAggregateSelectionResolvers<ContextType>;
  SkillSkillGroupBroaderGroupsNodeAggregateSelection?: SkillSkillGroupBroaderGroupsNodeAggregateSelectionResolvers<ContextType>;
  SkillSkillNarrowerSkillsAggregateSelection?: SkillSkillNarrowerSkillsAggregateSelectionResolvers<ContextType>;
  SkillSkillNarrowerSkillsNodeAggregateSelection?: SkillSkillNarrowerSkillsNodeAggregateSelectionResolvers<ContextType>;
  SkillSkillRelatedSkillsAggregateSelection?: SkillSkillRelatedSkillsAggregateSelectionResolvers<ContextType>;
  SkillSkillRelatedSkillsNodeAggregateSelection?: SkillSkillRelatedSkillsNodeAggregateSelectionResolvers<ContextType>;
  SkillSuggestion?: SkillSuggestionResolvers<ContextType>;
  SkillSupplyDemand?: SkillSupplyDemandResolvers<ContextType>;
  SkillSupplyDemandRow?: SkillSupplyDemandRowResolvers<ContextType>;
  SkillTag?: SkillTagResolvers<ContextType>;
  SkillTaughtByConnection?: SkillTaughtByConnectionResolvers<ContextType>;
  SkillTaughtByRelationship?: SkillTaughtByRelationshipResolvers<ContextType>;
  SkillsConnection?: SkillsConnectionResolvers<ContextType>;
  StackAtRisk?: StackAtRiskResolvers<ContextType>;
  StackEntry?: StackEntryResolvers<ContextType>;
  StackPart?: StackPartResolvers<ContextType>;
  StackRule?: StackRuleResolvers<ContextType>;
  StringAggregateSelection?: StringAggregateSelectionResolvers<ContextType>;
  SuggestedCourse?: SuggestedCourseResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  TeamAggregate?: TeamAggregateResolvers<ContextType>;
  TeamAggregateNode?: TeamAggregateNodeResolvers<ContextType>;
  TeamEdge?: TeamEdgeResolvers<ContextType>;
  TeamEvidence?: TeamEvidenceResolvers<ContextType>;
  TeamMember?: TeamMemberResolvers<ContextType>;
  TeamMembersConnection?: TeamMembersConnectionResolvers<ContextType>;
  TeamMembersRelationship?: TeamMembersRelationshipResolvers<ContextType>;
  TeamMembership?: TeamMembershipResolvers<ContextType>;
  TeamNeed?: TeamNeedResolvers<ContextType>;
  TeamNeedsConnection?: TeamNeedsConnectionResolvers<ContextType>;
  TeamNeedsRelationship?: TeamNeedsRelationshipResolvers<ContextType>;
  TeamOrgUnitConnection?: TeamOrgUnitConnectionResolvers<ContextType>;
  TeamOrgUnitRelationship?: TeamOrgUnitRelationshipResolvers<ContextType>;
  TeamPersonMembersAggregateSelection?: TeamPersonMembersAggregateSelectionResolvers<ContextType>;
  TeamPersonMembersEdgeAggregateSelection?: TeamPersonMembersEdgeAggregateSelectionResolvers<ContextType>;
  TeamPersonMembersNodeAggregateSelection?: TeamPersonMembersNodeAggregateSelectionResolvers<ContextType>;
  TeamSkillNeedsAggregateSelection?: TeamSkillNeedsAggregateSelectionResolvers<ContextType>;
  TeamSkillNeedsEdgeAggregateSelection?: TeamSkillNeedsEdgeAggregateSelectionResolvers<ContextType>;
  TeamSkillNeedsNodeAggregateSelection?: TeamSkillNeedsNodeAggregateSelectionResolvers<ContextType>;
  TeamsConnection?: TeamsConnectionResolvers<ContextType>;
  TextSpan?: TextSpanResolvers<ContextType>;
  TransitionGap?: TransitionGapResolvers<ContextType>;
  TransitionStart?: TransitionStartResolvers<ContextType>;
  TransitionWeighting?: TransitionWeightingResolvers<ContextType>;
  URL?: GraphQLScalarType;
  UncoveredRequirement?: UncoveredRequirementResolvers<ContextType>;
  UnmappedAlignment?: UnmappedAlignmentResolvers<ContextType>;
  UpdateCoursesMutationResponse?: UpdateCoursesMutationResponseResolvers<ContextType>;
  UpdateCredentialsMutationResponse?: UpdateCredentialsMutationResponseResolvers<ContextType>;
  UpdateInfo?: UpdateInfoResolvers<ContextType>;
  UpdateOccupationGroupsMutationResponse?: UpdateOccupationGroupsMutationResponseResolvers<ContextType>;
  UpdateOrgUnitsMutationResponse?: UpdateOrgUnitsMutationResponseResolvers<ContextType>;
  UpdateOrganizationsMutationResponse?: UpdateOrganizationsMutationResponseResolvers<ContextType>;
  UpdatePeopleMutationResponse?: UpdatePeopleMutationResponseResolvers<ContextType>;
  UpdateRolesMutationResponse?: UpdateRolesMutationResponseResolvers<ContextType>;
  UpdateSkillGroupsMutationResponse?: UpdateSkillGroupsMutationResponseResolvers<ContextType>;
  UpdateSkillsMutationResponse?: UpdateSkillsMutationResponseResolvers<ContextType>;
  UpdateTeamsMutationResponse?: UpdateTeamsMutationResponseResolvers<ContextType>;
  WalletEntry?: WalletEntryResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = RequestContext> = {
  range?: RangeDirectiveResolver<any, any, ContextType>;
};
