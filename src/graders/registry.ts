import type { Language, Scenario } from '../core/index.js';
import { AibaasError, SCENARIOS } from '../core/index.js';
import type { Toolchain } from '../sandbox/index.js';
import { codeGenerationGrader } from './code-generation.js';
import { debuggingGrader } from './debugging.js';
import { documentationGrader } from './documentation.js';
import { codeReviewGrader, securityGrader } from './review.js';
import { refactoringGrader } from './refactoring.js';
import { testGenerationGrader } from './test-generation.js';
import type { Grader } from './types.js';

export interface GraderDependencies {
  toolchainFor(language: Language): Toolchain;
}

/** The graders by scenario; scenarios without one yet are refused with a clear error. */
export class GraderRegistry {
  private readonly graders: Map<Scenario, Grader>;

  constructor(graders: readonly Grader[]) {
    this.graders = new Map(graders.map((grader) => [grader.scenario, grader]));
  }

  supported(): Scenario[] {
    return SCENARIOS.filter((scenario) => this.graders.has(scenario));
  }

  get(scenario: Scenario): Grader {
    const grader = this.graders.get(scenario);
    if (!grader) {
      throw new AibaasError('GRADER_MISSING', `There is no grader for the ${scenario} scenario yet.`, {
        fix: `Choose scenarios that can be graded: ${this.supported().join(', ')} (--scenarios).`,
      });
    }
    return grader;
  }
}

export function createGraders(dependencies: GraderDependencies): GraderRegistry {
  return new GraderRegistry([
    codeGenerationGrader(dependencies), debuggingGrader(dependencies), testGenerationGrader(dependencies), refactoringGrader(dependencies),
    codeReviewGrader(), securityGrader(), documentationGrader(dependencies),
  ]);
}
