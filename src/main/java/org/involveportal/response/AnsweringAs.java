package org.involveportal.response;

/** Who is answering. Names: answeringAs.<NAME>. Analysis filters every count by it. */
public enum AnsweringAs {
    SERVICE_USER, CARER, ON_BEHALF, ORGANISATION, PROFESSIONAL, OTHER
}
