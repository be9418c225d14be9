package org.enrolcheck.importing.file;

import java.util.List;

/**
 * One row of a roster file as text cells.
 *
 * @param number 1-based row as the spreadsheet shows it, blank rows included
 */
record SheetRow(int number, List<String> cells) {

	boolean isBlank() {
		for (String cell : cells) {
			if (!CellText.isBlank(cell)) {
				return false;
			}
		}
		return true;
	}

	long filledCells() {
		return cells.stream().filter(cell -> !CellText.isBlank(cell)).count();
	}

}
