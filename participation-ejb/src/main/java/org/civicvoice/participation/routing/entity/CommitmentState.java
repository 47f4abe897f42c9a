package org.civicvoice.participation.routing.entity;

public enum CommitmentState {
    OPEN, DONE, DROPPED
}
