/** The window's training records, in the workspace database beside the declarations. */
import { TrainingRepository } from '../../db/training'
import { database } from '../../db/workspace'
import { shippedCases } from './shipped-cases'

export const training = new TrainingRepository(database, shippedCases)
