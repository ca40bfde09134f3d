/** Every URL of the site is built here, so that links and routes cannot disagree. */
export const urls = {
  home: () => '/',
  edito: () => '/edito/',
  sommaire: () => '/sommaire/',
  planDuSite: () => '/plan-du-site/',
  pacte: (pacteId: string) => `/${pacteId}/`,
  defi: (pacteId: string, numero: number) => `/${pacteId}/#defi-${numero}`,
  ambition: (pacteId: string, numero: number) => `/${pacteId}/ambition-${numero}/`,
  thematique: (id: string) => `/thematiques/${id}/`,
};
