/** A migration that ran before has different SQL now: refuse to start rather than guess. */
export class MigrationTamperedError extends Error {
  constructor(
    readonly version: number,
    readonly recorded: string,
    readonly current: string,
  ) {
    super(`Gateway migration ${version} was edited after it ran (recorded ${recorded}, now ${current}) / 网关数据库迁移 ${version} 在执行后被修改`);
    this.name = 'MigrationTamperedError';
  }
}
