// Composition root: everything is wired in `startService` (libs/case-exchange/src/runtime), shared by all five services.
import { exitOnStartupFailure, startService } from '@sx/case-exchange';

void startService('presidential-administration').catch(exitOnStartupFailure('presidential-administration'));
