"""Reading published reports (.docx / .html / .txt) back into facts."""
