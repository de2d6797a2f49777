import type { hrId } from './hr.id';

export const hrEn: { readonly [K in keyof typeof hrId]: string } = {
  'hr.nav.label': 'HR navigation',
  'hr.nav.needs': 'Development needs',
  'hr.nav.heatmap': 'Competency map',
  'hr.nav.employees': 'Employees',
  'hr.nav.coverage': 'Assessment cycle',
  'hr.nav.potential': 'Potential',
  'hr.nav.programs': 'Training programs',
  'hr.nav.partners': 'Partners',
  'hr.nav.plan': 'Plan & budget',
  'hr.nav.import': 'Import data',
  'hr.nav.dictionary': 'Competency dictionary',
  'hr.nav.positions': 'Positions & standards',
  'hr.nav.explorer': 'GraphQL explorer',
};
