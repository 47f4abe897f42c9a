package org.civicvoice.participation.platform.web;

/** The Khmer texts of every feature's interface bundle. */
public class InterfaceTexts_km extends InterfaceTexts {

    public InterfaceTexts_km() {
        super("_km");
    }
}
