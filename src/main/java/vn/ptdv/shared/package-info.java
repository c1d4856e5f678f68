/**
 * The shared kernel: Vietnamese text (NFC, folding, collation), vi-VN number and date formats, and the national code
 * lists. Every module may use it; it depends on nothing of PTDV.
 */
package vn.ptdv.shared;
