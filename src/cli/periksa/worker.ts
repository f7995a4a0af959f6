/** A worker thread of a `telaah periksa` run over many files: checks the files it is given, one at a time. */
import { fileOutcome } from "./check-file";
import { serveTasks } from "./pool";

serveTasks(fileOutcome);
