/**
 * Dates typed in the task dialogs: dd/mm/yyyy, or eight digits. No two-digit years: while a
 * person types "02/12/2026" the picker would take "02/12/20" as a whole date in 2020.
 */
export const TASK_DATE_FORMATS = ['DD/MM/YYYY', 'D/M/YYYY', 'DDMMYYYY']
