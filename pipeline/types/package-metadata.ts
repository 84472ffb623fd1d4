/* Generated from schemas/ by scripts/generate-types.ts (npm run types). Do not edit. */

/**
 * pipeline/06-package/package-metadata.json: the hand-written part of datapackage.json (the version comes from package.json; resources and sources are built).
 */
export interface PackageMetadata {
  $comment?: string;
  /**
   * The package's name, as Data Package v2 allows it: lower case, digits, '.', '_', '-'.
   */
  name: string;
  title: string;
  description: string;
  homepage: string;
  keywords: string[];
  /**
   * @minItems 1
   */
  licenses: [
    {
      /**
       * An Open Definition license id (ODC-BY-1.0, MIT).
       */
      name: string;
      path: string;
      title: string;
    },
    ...{
      /**
       * An Open Definition license id (ODC-BY-1.0, MIT).
       */
      name: string;
      path: string;
      title: string;
    }[]
  ];
  /**
   * @minItems 1
   */
  contributors: [
    {
      title: string;
      /**
       * @minItems 1
       */
      roles: [string, ...string[]];
    },
    ...{
      title: string;
      /**
       * @minItems 1
       */
      roles: [string, ...string[]];
    }[]
  ];
}
