/** Shape of esco-demo.json: the ESCO subset the demo organisation is built on. */
export interface EscoExtract {
    source: string;
    occupations: { uri: string; title: string; altTitles: string[]; description: string; code: string; iscoGroup: string }[];
    skills: { uri: string; name: string; altLabels: string[]; description: string; skillType: string; reuseLevel: string; tags: string[] }[];
    groups: { uri: string; name: string; code: string; description: string }[];
    /** narrower -> broader, where broader is a kept skill or a skill group. */
    hierarchy: { narrower: string; broader: string }[];
    requirements: { occupation: string; skill: string; importance: "essential" | "optional" }[];
    skillRelations: { from: string; to: string; importance: "essential" | "optional" }[];
}
